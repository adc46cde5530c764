import { describe, expect, it } from 'vitest'
import example from '#src/features/templates/data/graph-docs-example.json?raw'
import type { JsonPath, JsonValue } from '#src/lib/json/json-value.ts'
import { JsonNumber } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { setIn } from '#src/lib/json/path.ts'
import { findWarnings } from './warnings.ts'

const base = (() => {
  const result = parseJson(example)
  if (!result.ok) throw result.error
  return result.value
})()
const stream = ['segments', 0, 'media', 0, 'streams', 1]
const network = ['segments', 0, 'media', 0, 'callerNetwork']
const n = (raw: string) => new JsonNumber(raw)

function warningsAfter(...changes: [JsonPath, JsonValue][]) {
  const body = changes.reduce<JsonValue>((doc, [path, value]) => setIn(doc, path, value) ?? null, base)
  return findWarnings(body).map((w) => [w.path.join('.'), w.message])
}

describe('warnings', () => {
  it.each<[string, JsonPath, JsonValue, string]>([
    ['a ratio above 1', [...stream, 'maxPacketLossRate'], n('1.5'), 'A ratio is usually between 0 and 1'],
    ['a negative ratio', [...network, 'delayEventRatio'], n('-0.1'), 'A ratio is usually between 0 and 1'],
    [
      'a percent over 100',
      [...network, 'wifiSignalStrength'],
      n('101'),
      'A percentage is usually between 0 and 100',
    ],
    ['a port beyond 65535', [...network, 'port'], n('70000'), 'Ports run from 0 to 65535'],
    ['a malformed IPv4', [...network, 'ipAddress'], '10.150.0.256', 'Not an IPv4 or IPv6 address'],
    ['a malformed IPv6', [...network, 'relayIPAddress'], '2001:db8:::1', 'Not an IPv4 or IPv6 address'],
    ['a malformed MAC', [...network, 'macAddress'], '00-00-00', 'Not a MAC address (e.g. 00-11-22-33-44-55)'],
    [
      'a negative jitter',
      [...stream, 'averageJitter'],
      '-PT0.007S',
      'A negative duration is implausible here',
    ],
    [
      'a maximum under its average',
      [...stream, 'maxJitter'],
      'PT0.001S',
      'Below averageJitter: a maximum under its average',
    ],
  ])('fires for %s', (_, path, value, message) => {
    expect(warningsAfter([path, value])).toEqual([[path.join('.'), message]])
  })

  it('stays quiet at the edges of each range', () => {
    expect(
      warningsAfter(
        [[...stream, 'averagePacketLossRate'], n('0')],
        [[...stream, 'maxPacketLossRate'], n('1')],
        [[...network, 'wifiSignalStrength'], n('100')],
        [[...network, 'port'], n('65535')],
        [[...network, 'relayIPAddress'], '2001:db8::1'],
        [[...network, 'macAddress'], '02:00:00:00:00:00'],
      ),
    ).toEqual([])
  })

  it('checks the timeline: end before start, segment outside the session, stream outside its segment', () => {
    expect(warningsAfter([['endDateTime'], '2020-02-25T18:00:00Z'])).toEqual([
      ['endDateTime', 'The session ends before it starts'],
      ['segments.0.endDateTime', 'The segment ends after its session'],
    ])
    expect(warningsAfter([['segments', 0, 'startDateTime'], '2020-02-25T18:52:20Z'])).toEqual([
      ['segments.0.startDateTime', 'The segment starts before its session'],
    ])
    expect(
      warningsAfter(
        [[...stream, 'startDateTime'], '2020-02-25T18:52:22Z'],
        [[...stream, 'endDateTime'], '2020-02-25T18:53:00Z'],
      ),
    ).toEqual([[`${stream.join('.')}.endDateTime`, 'The stream ends after its segment']])
  })

  it('does not warn about values that are errors instead', () => {
    expect(warningsAfter([[...network, 'port'], 'eighty'])).toEqual([])
    expect(warningsAfter([['modalities', 0], 'unknown'])).toEqual([])
  })

  it('lists undeclared properties first, once they are allowed, and only then', () => {
    const body = setIn(setIn(base, [...stream, 'averageJiter'], 'PT1S'), [...network, 'port'], n('70000'))
    expect(findWarnings(body ?? null).map((w) => w.path.join('.'))).toEqual([`${network.join('.')}.port`])
    expect(
      findWarnings(body ?? null, { allowUnknownProperties: true }).map((w) => [w.path.join('.'), w.severity]),
    ).toEqual([
      [`${stream.join('.')}.averageJiter`, 'warning'],
      [`${network.join('.')}.port`, 'warning'],
    ])
  })
})
