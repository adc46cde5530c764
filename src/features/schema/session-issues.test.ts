import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isJsonArray,
  isJsonObject,
  JsonNumber,
  type JsonPath,
  type JsonValue,
} from '#src/lib/json/json-value.ts'
import { setIn } from '#src/lib/json/path.ts'
import { SessionIssues } from './session-issues.ts'
import { arbitrarySession } from './testing/arbitrary-session.ts'
import { findErrors } from './validate.ts'
import { findWarnings } from './warnings.ts'

/** Every path in the value, and in each object one key it does not have (an unknown property, once set). */
function paths(value: JsonValue, at: JsonPath = []): JsonPath[] {
  if (isJsonObject(value)) {
    return [at, [...at, 'averageJiter'], ...[...value].flatMap(([key, item]) => paths(item, [...at, key]))]
  }
  if (isJsonArray(value)) return [at, ...value.flatMap((item, index) => paths(item, [...at, index]))]
  return [at]
}

// Values that break types, ranges, windows and plausibility wherever they land.
const damage = fc.constantFrom<JsonValue>(
  'x',
  '2019-13-01T00:00:00Z',
  '2000-01-01T00:00:00Z',
  '2100-01-01T00:00:00Z',
  'PT-5S',
  'unknown',
  null,
  true,
  new JsonNumber('-3'),
  new JsonNumber('1.5'),
  new JsonNumber('99999999999999999999'),
  [],
  new Map(),
)

const damaged = arbitrarySession().chain((body) =>
  fc
    .array(fc.tuple(fc.constantFrom(...paths(body)), damage), { maxLength: 6 })
    .map((edits) => edits.reduce<JsonValue>((doc, [path, value]) => setIn(doc, path, value) ?? doc, body)),
)

describe('SessionIssues', () => {
  it('reports exactly what findErrors and findWarnings report, in the same order', () => {
    const strict = new SessionIssues()
    const allowing = new SessionIssues({ allowUnknownProperties: true })
    fc.assert(
      fc.property(damaged, (body) => {
        expect(strict.errors(body)).toEqual(findErrors(body))
        expect(strict.warnings(body)).toEqual(findWarnings(body))
        const allow = { allowUnknownProperties: true }
        expect(allowing.errors(body)).toEqual(findErrors(body, allow))
        expect(allowing.warnings(body)).toEqual(findWarnings(body, allow))
      }),
    )
  })

  it('stays exact when a remembered segment is edited, moved or shared', () => {
    fc.assert(
      fc.property(
        damaged,
        fc.array(fc.tuple(fc.nat(), damage), { minLength: 1, maxLength: 4 }),
        (body, edits) => {
          const issues = new SessionIssues()
          issues.errors(body)
          issues.warnings(body)
          const all = paths(body).filter((path) => path[0] === 'segments' && path.length > 2)
          let next = body
          for (const [pick, value] of edits) {
            const path = all[pick % Math.max(1, all.length)]
            if (path) next = setIn(next, path, value) ?? next
          }
          const segments = isJsonObject(next) ? next.get('segments') : undefined
          if (isJsonArray(segments) && segments.length > 0) {
            // The same segment object twice, then reversed: cached parts must follow their new indices.
            next = setIn(next, ['segments'], [...segments, segments[0] ?? null].reverse()) ?? next
          }
          expect(issues.errors(next)).toEqual(findErrors(next))
          expect(issues.warnings(next)).toEqual(findWarnings(next))
        },
      ),
    )
  })

  it('puts segment errors where segments sits in the body, between the session properties around it', () => {
    const body = new Map<string, JsonValue>([
      ['startDateTime', 'soon'],
      [
        'segments',
        [
          new Map<string, JsonValue>([
            ['endDateTime', 'later'],
            ['media', 'none'],
          ]),
        ],
      ],
      ['id', new JsonNumber('7')],
      ['isTest', 'yes'],
    ])
    const errors = new SessionIssues().errors(body)
    expect(errors.map((issue) => issue.path.join('.'))).toEqual(
      findErrors(body).map((issue) => issue.path.join('.')),
    )
    expect(errors.map((issue) => issue.path[0])).toEqual([
      'startDateTime',
      'segments',
      'segments',
      'id',
      'isTest',
    ])
  })

  it('checks only the segments it has not seen', () => {
    const issues = new SessionIssues()
    const segment = new Map<string, JsonValue>([['id', 'a']])
    const body = new Map<string, JsonValue>([['segments', [segment, new Map([['id', 'b']])]]])
    expect(issues.unprepared(body)).toHaveLength(2)
    issues.prepare(segment)
    expect(issues.unprepared(body)).toHaveLength(1)
    issues.errors(body)
    expect(issues.unprepared(body)).toEqual([])
  })
})
