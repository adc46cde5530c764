import { describe, expect, it } from 'vitest'
import { isJsonArray, isJsonObject, JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { findTemplate } from './catalog.ts'

async function load(id: string): Promise<JsonValue> {
  const template = findTemplate(id)
  if (!template) throw new Error(`no template ${id}`)
  return template.load()
}

const items = (value: JsonValue | undefined): JsonValue[] => (isJsonArray(value) ? [...value] : [])
const streamsOf = (body: JsonValue) =>
  items(getIn(body, ['segments'])).flatMap((segment) =>
    items(getIn(segment, ['media'])).flatMap((media) => items(getIn(media, ['streams']))),
  )
const numberAt = (node: JsonValue, key: string) => {
  const value = getIn(node, [key])
  return value instanceof JsonNumber ? value.toNumber() : undefined
}

describe('each scenario says what its name says', () => {
  it('teams-audio-1to1: Teams clients, one main-audio media, a caller/callee pair of clean streams', async () => {
    const body = await load('teams-audio-1to1')
    expect(getIn(body, ['modalities'])).toEqual(['audio'])
    for (const side of ['caller', 'callee']) {
      expect(getIn(body, [side, 'userAgent', 'productFamily'])).toBe('teams')
      expect(getIn(body, [side, 'associatedIdentity', 'userPrincipalName'])).toMatch(/@contoso\.com$/)
    }
    expect(items(getIn(body, ['segments']))).toHaveLength(1)
    expect(getIn(body, ['segments', 0, 'media', 0, 'label'])).toBe('main-audio')
    const streams = streamsOf(body)
    expect(streams.map((s) => getIn(s, ['streamDirection']))).toEqual(['callerToCallee', 'calleeToCaller'])
    for (const stream of streams) {
      expect(getIn(stream, ['audioCodec'])).toBe('satin')
      expect(numberAt(stream, 'averagePacketLossRate')).toBeLessThan(0.005)
    }
  })

  it('video-meeting-screen-sharing: video and screen-sharing streams carry a video codec and frame rates', async () => {
    const body = await load('video-meeting-screen-sharing')
    expect(getIn(body, ['modalities'])).toEqual(['audio', 'video', 'screenSharing'])
    const labels = items(getIn(body, ['segments', 0, 'media'])).map((m) => getIn(m, ['label']))
    expect(labels).toEqual(['main-audio', 'main-video', 'applicationsharing-video'])
    const video = streamsOf(body).filter((s) => getIn(s, ['videoCodec']) !== undefined)
    expect(video).toHaveLength(4)
    // The return direction of a one-way screen share carries no frames.
    expect(video.filter((s) => numberAt(s, 'averageVideoFrameRate') !== undefined)).toHaveLength(3)
    expect(items(getIn(body, ['segments']))).toHaveLength(2)
  })

  it('pstn-gateway: the callee is a gateway service endpoint, and SIP streams have times', async () => {
    const body = await load('pstn-gateway')
    expect(getIn(body, ['callee', '@odata.type'])).toBe('#microsoft.graph.callRecords.serviceEndpoint')
    expect(getIn(body, ['callee', 'userAgent', 'role'])).toBe('skypeForBusinessMicrosoftTeamsGateway')
    expect(getIn(body, ['caller', 'userAgent', 'productFamily'])).toBe('teams')
    for (const stream of streamsOf(body)) expect(getIn(stream, ['startDateTime'])).toBeTypeOf('string')
  })

  it('failed-call-setup: failure at callSetup on the session and its segment, no streams', async () => {
    const body = await load('failed-call-setup')
    for (const path of [['failureInfo'], ['segments', 0, 'failureInfo']]) {
      expect(getIn(body, [...path, 'stage'])).toBe('callSetup')
      expect(getIn(body, [...path, 'reason'])).toBeTypeOf('string')
    }
    expect(streamsOf(body)).toEqual([])
    expect(getIn(body, ['segments', 0, 'media', 0, 'callerNetwork', 'relayIPAddress'])).toBeNull()
  })

  it('poor-wifi: bad but plausible Wi-Fi, trace route, and a poor rating', async () => {
    const body = await load('poor-wifi')
    const network = getIn(body, ['segments', 0, 'media', 0, 'callerNetwork']) ?? null
    expect(getIn(network, ['connectionType'])).toBe('wifi')
    expect(numberAt(network, 'wifiSignalStrength')).toBeLessThan(40)
    expect(items(getIn(network, ['traceRouteHops'])).map((hop) => numberAt(hop, 'hopCount'))).toEqual([
      1, 2, 3, 4, 5,
    ])
    expect(getIn(body, ['caller', 'feedback', 'rating'])).toBe('poor')
    for (const stream of streamsOf(body)) {
      expect(numberAt(stream, 'averagePacketLossRate')).toBeGreaterThan(0.05)
    }
  })

  it('wired-media-bypass: wired gigabit, every stream bypassed, low loss', async () => {
    const body = await load('wired-media-bypass')
    const network = getIn(body, ['segments', 0, 'media', 0, 'callerNetwork']) ?? null
    expect(getIn(network, ['connectionType'])).toBe('wired')
    expect(getIn(network, ['linkSpeed'])).toEqual(new JsonNumber('1000000000'))
    const streams = streamsOf(body)
    expect(streams.length).toBe(2)
    for (const stream of streams) {
      expect(getIn(stream, ['wasMediaBypassed'])).toBe(true)
      expect(numberAt(stream, 'maxPacketLossRate')).toBeLessThan(0.001)
    }
  })

  it('only Wi-Fi networks carry Wi-Fi fields', async () => {
    for (const id of [
      'teams-audio-1to1',
      'poor-wifi',
      'wired-media-bypass',
      'pstn-gateway',
      'failed-call-setup',
    ]) {
      for (const segment of items(getIn(await load(id), ['segments']))) {
        for (const media of items(getIn(segment, ['media']))) {
          for (const side of ['callerNetwork', 'calleeNetwork']) {
            const network = getIn(media, [side])
            if (!isJsonObject(network)) continue
            const wifiKeys = [...network.keys()].filter((key) => key.startsWith('wifi'))
            if (network.get('connectionType') !== 'wifi') expect(wifiKeys, `${id} ${side}`).toEqual([])
          }
        }
      }
    }
  })
})
