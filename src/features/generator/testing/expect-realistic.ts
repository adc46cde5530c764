import { expect } from 'vitest'
import { findErrors } from '#src/features/schema/validate.ts'
import { findWarnings } from '#src/features/schema/warnings.ts'
import type { JsonObject, JsonValue } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { children, numberIn, partsOf } from './session-parts.ts'

const PRIVATE_OR_DOCUMENTATION =
  /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|192\.0\.2\.|198\.51\.100\.|203\.0\.113\.|2001:db8:)/
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/
const ADDRESS_KEYS = ['ipAddress', 'subnet', 'reflexiveIPAddress', 'relayIPAddress']

/** Everything the brief promises of one generated session, asserted on values. */
export function expectRealistic(
  body: JsonValue,
  counts: { segments: number; media: number; streams: number },
) {
  expect(findErrors(body)).toEqual([])
  expect(findWarnings(body)).toEqual([])
  const parts = partsOf(body)
  expect(parts.segments).toHaveLength(counts.segments)
  expect(parts.media).toHaveLength(counts.segments * counts.media)
  expect(parts.streams).toHaveLength(counts.segments * counts.media * counts.streams)
  expect(getIn(body, ['id'])).toMatch(GUID)
  expect(getIn(body, ['caller', 'associatedIdentity', 'userPrincipalName'])).toMatch(
    /^[a-z]+\.[a-z]+@contoso\.com$/,
  )
  expect(getIn(body, ['caller', 'identity', 'user', '@odata.type'])).toBe(
    '#microsoft.graph.communicationsUserIdentity',
  )
  expect(getIn(body, ['caller', 'identity', 'user', 'id'])).toBe(
    getIn(body, ['caller', 'associatedIdentity', 'id']),
  )
  for (const segment of parts.segments) expect(segment.get('id')).toMatch(GUID)
  for (const media of parts.media) expectMedia(media)
  for (const network of parts.networks) expectNetwork(network)
}

function expectMedia(media: JsonObject) {
  const label = media.get('label')
  children(media, 'streams').forEach((stream, index) => {
    expect(stream.get('streamDirection')).toBe(index % 2 === 0 ? 'callerToCallee' : 'calleeToCaller')
    expect(stream.get('audioCodec') !== undefined).toBe(label === 'main-audio')
    const visual = label === 'main-video' || label === 'applicationsharing-video'
    expect(stream.get('videoCodec') !== undefined).toBe(visual)
    expect(numberIn(stream, 'averageVideoFrameRate') !== undefined).toBe(visual)
  })
}

function expectNetwork(network: JsonObject) {
  const wifi = network.get('connectionType') === 'wifi'
  const wifiKeys = [...network.keys()].filter(
    (key) => key.startsWith('wifi') || key === 'basicServiceSetIdentifier',
  )
  if (wifi)
    expect(wifiKeys).toEqual(
      expect.arrayContaining(['wifiBand', 'wifiRadioType', 'wifiChannel', 'wifiSignalStrength']),
    )
  else expect(wifiKeys).toEqual([])
  for (const key of ['port', 'relayPort']) {
    const port = numberIn(network, key)
    if (port !== undefined) expect(port >= 1024 && port <= 65535, `${key} ${port}`).toBe(true)
  }
  for (const key of ADDRESS_KEYS) {
    const address = network.get(key)
    if (typeof address === 'string') expect(address).toMatch(PRIVATE_OR_DOCUMENTATION)
  }
  children(network, 'traceRouteHops').forEach((hop, index) => {
    expect(numberIn(hop, 'hopCount')).toBe(index + 1)
    expect(hop.get('ipAddress')).toMatch(PRIVATE_OR_DOCUMENTATION)
  })
}
