import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { dateTimeToEpochMs } from '#src/features/schema/date-time.ts'
import { findErrors } from '#src/features/schema/validate.ts'
import { findWarnings } from '#src/features/schema/warnings.ts'
import { jsonEqual } from '#src/lib/json/equal.ts'
import { isJsonArray, isJsonObject, jsonTypeOf, type JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { getIn, setIn } from '#src/lib/json/path.ts'
import { generateSession } from './generate-session.ts'
import { numberIn, partsOf, textAt } from './testing/session-parts.ts'
import { varySession } from './vary-session.ts'

// 200 validated sessions take 1–3 s; the default 5 s is too tight when the machine is shared.
const PROPERTY_TIMEOUT_MS = 30_000

function parse(text: string): JsonValue {
  const result = parseJson(text)
  if (!result.ok) throw result.error
  return result.value
}

/** Every key path with the JSON type found there: what "the same shape" means. */
function skeleton(value: JsonValue, path = ''): string[] {
  if (isJsonObject(value)) return [...value].flatMap(([key, item]) => skeleton(item, `${path}/${key}`))
  if (isJsonArray(value)) return value.flatMap((item, index) => skeleton(item, `${path}/${index}`))
  return [`${path}:${jsonTypeOf(value)}`]
}

const ms = (body: JsonValue, path: (string | number)[]) => dateTimeToEpochMs(textAt(body, path) ?? '') ?? NaN

function expectGoodVariation(base: JsonValue, varied: JsonValue) {
  expect(findErrors(varied)).toEqual([])
  expect(findWarnings(varied)).toEqual([])
  expect(skeleton(varied)).toEqual(skeleton(base))
  expect(jsonEqual(varied, base)).toBe(false)
  expect(getIn(varied, ['id'])).not.toBe(getIn(base, ['id']))
  const before = partsOf(base)
  const after = partsOf(varied)
  after.segments.forEach((segment, i) => expect(segment.get('id')).not.toBe(before.segments[i]?.get('id')))
  after.streams.forEach((stream, i) => {
    if (stream.has('streamId')) expect(stream.get('streamId')).not.toBe(before.streams[i]?.get('streamId'))
  })
  const length = (body: JsonValue) => ms(body, ['endDateTime']) - ms(body, ['startDateTime'])
  expect(length(varied)).toBe(length(base))
}

describe('varySession', () => {
  it(
    'keeps generated sessions valid and shaped as they were, with new ids and times',
    () => {
      fc.assert(
        fc.property(
          fc.string(),
          fc.integer({ min: 1, max: 3 }),
          fc.integer({ min: 0, max: 3 }),
          fc.integer({ min: 0, max: 4 }),
          fc.string(),
          fc.nat(10_000),
          (seed, segments, mediaPerSegment, streamsPerMedia, varySeed, index) => {
            const base = generateSession({ seed, segments, mediaPerSegment, streamsPerMedia })
            const varied = varySession(base, { seed: varySeed, index })
            expectGoodVariation(base, varied)
            expect(jsonEqual(varySession(base, { seed: varySeed, index }), varied)).toBe(true)
            expect(jsonEqual(varySession(base, { seed: varySeed, index: index + 1 }), varied)).toBe(false)
          },
        ),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('refuses an index that is not a whole number', () => {
    expect(() => varySession(new Map(), { seed: 1, index: -1 })).toThrow(RangeError)
  })

  it('perturbs metrics, not just ids and times', () => {
    const base = generateSession({ seed: 'metrics', segments: 2, mediaPerSegment: 1, streamsPerMedia: 2 })
    const varied = varySession(base, { seed: 'v', index: 0 })
    const metrics = (body: JsonValue) =>
      partsOf(body).streams.map((s) => [s.get('averageJitter'), numberIn(s, 'averagePacketLossRate')])
    expect(metrics(varied)).not.toEqual(metrics(base))
  })

  it('moves each later variation later in time', () => {
    const base = generateSession({ seed: 'bulk', segments: 1, mediaPerSegment: 1, streamsPerMedia: 2 })
    const starts = [0, 1, 2, 3, 4].map((index) =>
      ms(varySession(base, { seed: 'b', index }), ['startDateTime']),
    )
    expect(starts.every((start, i) => i === 0 || start > (starts[i - 1] ?? Infinity))).toBe(true)
    expect(starts[0]).toBeGreaterThan(ms(base, ['startDateTime']))
  })

  it('goes backwards at the end of time, and keeps unknown keys and nulls where they were', () => {
    let base = generateSession({ seed: 'edge', segments: 1, mediaPerSegment: 1, streamsPerMedia: 2 })
    base = setIn(base, ['startDateTime'], '9999-12-31T23:00:00.5+00:00') ?? null
    base = setIn(base, ['endDateTime'], '9999-12-31T23:59:00Z') ?? null
    base = setIn(base, ['segments', 0, 'startDateTime'], '9999-12-31T23:00:01Z') ?? null
    base = setIn(base, ['segments', 0, 'endDateTime'], '9999-12-31T23:58:00Z') ?? null
    // An annotation: the one kind of undeclared key a closed type such as media takes.
    base = setIn(base, ['segments', 0, 'media', 0, '@contoso.lab'], 'ignored') ?? null
    base = setIn(base, ['segments', 0, 'media', 0, 'callerNetwork', 'dnsSuffix'], null) ?? null
    const varied = varySession(base, { seed: 'e', index: 2 })
    expectGoodVariation(base, varied)
    expect(ms(varied, ['startDateTime'])).toBeLessThan(ms(base, ['startDateTime']))
    expect(textAt(varied, ['startDateTime'])).toMatch(/^9999-12-31T\d\d:\d\d:\d\d\.5\+00:00$/)
    expect(getIn(varied, ['segments', 0, 'media', 0, '@contoso.lab'])).toBe('ignored')
    expect(getIn(varied, ['segments', 0, 'media', 0, 'callerNetwork', 'dnsSuffix'])).toBeNull()
  })
})

describe('varySession on every template', () => {
  const dir = new URL('../templates/data/', import.meta.url)
  const files = readdirSync(dir).filter((name) => name.endsWith('.json'))

  it.each(files)('%s', (file) => {
    const base = parse(readFileSync(new URL(file, dir), 'utf8'))
    for (const index of [0, 1, 500]) {
      const varied = varySession(base, { seed: file, index })
      if (isJsonObject(base) && base.size === 0) expect(jsonEqual(varied, base)).toBe(true)
      else expectGoodVariation(base, varied)
    }
  })
})
