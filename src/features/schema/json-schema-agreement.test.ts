import Ajv2020 from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  isJsonArray,
  isJsonObject,
  JsonNumber,
  type JsonPath,
  type JsonValue,
} from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { getIn, setIn } from '#src/lib/json/path.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { SCHEMA_EXTENSIONS, sessionJsonSchema } from './json-schema.ts'
import { arbitrarySession } from './testing/arbitrary-session.ts'
import { findErrors } from './validate.ts'

// Ajv as most people run it: draft 2020-12, strict, with ajv-formats' formats (date-time, int32, int64, float).
const ajv = new Ajv2020({ strict: true })
addFormats(ajv)
ajv.addVocabulary([...SCHEMA_EXTENSIONS])
const validate = ajv.compile(sessionJsonSchema())

const n = (raw: string) => new JsonNumber(raw)
const object = (...entries: [string, JsonValue][]) => new Map<string, JsonValue>(entries)

/**
 * Values that break or barely keep each rule: types, ranges, nulls, enum case, date-time and duration edges,
 * subtypes. Left out on purpose, because JSON Schema sees parsed numbers, not their text, and cannot add up a
 * duration: Int64 written with an exponent beyond 2^53, Int64 within 2048 of ±2^63, durations beyond TimeSpan.
 */
const HOSTILE: JsonValue[] = [
  null,
  true,
  'x',
  '',
  n('0'),
  n('-1'),
  n('1.5'),
  n('1e3'),
  n('2147483647'),
  n('2147483648'),
  n('-2147483649'),
  n('9007199254740993'),
  n('99999999999999999999'),
  n('3.5e38'),
  n('1e400'),
  '2020-02-25T18:52:21.2169889Z',
  '2024-02-29T00:00:00Z',
  '2021-02-29T00:00:00Z',
  '2020-04-31T00:00:00Z',
  '2020-02-25T18:52:21+14:00',
  '2020-02-25T18:52:21+14:01',
  '2020-02-25T18:52:21-13:59',
  '2020-02-25T18:52:21+01:60',
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00.123456789012Z',
  '2020-02-25T18:52:21z',
  '2020-02-25 18:52:21Z',
  '2020-02-25T18:52:21',
  'PT0.35S',
  '-PT1S',
  'P1DT2H',
  'P',
  'PT',
  'P1DT',
  'P1Y',
  'PT1.S',
  'audio',
  'unknown',
  'unknownFutureValue',
  'Android',
  'android',
  'callerToCallee',
  'default',
  [],
  [null],
  ['audio', 'video'],
  object(),
  object(['@odata.type', '#microsoft.graph.callRecords.clientUserAgent'], ['platform', 'web']),
  object(['@odata.type', '#microsoft.graph.communicationsIdentitySet'], ['endpointType', 'voicemail']),
]
const KEYS = [
  'averageJiter',
  'x-lab',
  'tenantId',
  'id',
  'NoSound',
  '@odata.etag',
  'averageJitter@contoso.note',
  '@',
  '__proto__',
]
const ODATA_TYPES: JsonValue[] = [
  '#microsoft.graph.callRecords.userAgent',
  '#microsoft.graph.callRecords.clientUserAgent',
  'microsoft.graph.callRecords.serviceUserAgent',
  '#microsoft.graph.callRecords.participantEndpoint',
  '#microsoft.graph.callRecords.endpoint',
  '#microsoft.graph.identity',
  '#microsoft.graph.communicationsUserIdentity',
  '#microsoft.graph.communicationsIdentitySet',
  '#microsoft.graph.callRecords.mediaStream',
  '#microsoft.graph.callRecords.session',
  '#nope',
  n('5'),
  null,
]

/** Near misses of a value already there, so that each rule's edge is reached, not just its broad side. */
const DATE_TIMES = HOSTILE.filter((value) => typeof value === 'string' && /^\d{4}-/.test(value))
const DURATIONS = HOSTILE.filter((value) => typeof value === 'string' && /^-?P/.test(value))
const NUMBERS = HOSTILE.filter((value) => value instanceof JsonNumber)

function nearMiss(value: JsonValue | undefined, index: number): JsonValue {
  if (value instanceof JsonNumber) return from(NUMBERS, index)
  if (typeof value !== 'string') return from(HOSTILE, index)
  if (/^\d{4}-/.test(value)) return from(DATE_TIMES, index)
  if (/^-?P/.test(value)) return from(DURATIONS, index)
  return from(
    [value.toUpperCase(), `${value.charAt(0).toUpperCase()}${value.slice(1)}`, `${value}x`, 'unknown'],
    index,
  )
}

const KINDS = ['set', 'near miss', 'add', 'type', 'drop', 'null item'] as const

/** A change: what to do (`kind`), where (`pick`, into the body's paths), and with what (`with`, into a pool). */
interface Mutation {
  kind: (typeof KINDS)[number]
  pick: number
  with: number
}

// Three numbers a change: much cheaper to draw than records of unions, and they shrink just as well.
const mutations = fc
  .array(fc.nat(), { minLength: 6, maxLength: 6 })
  .map(([kind = 0, pick = 0, value = 0, twice = 0, pick2 = 0, value2 = 0]): Mutation[] => {
    const first = { kind: KINDS[kind % KINDS.length] ?? 'set', pick, with: value }
    return twice % 2
      ? [first]
      : [first, { kind: KINDS[(kind >> 3) % KINDS.length] ?? 'set', pick: pick2, with: value2 }]
  })

const from = <T>(pool: readonly T[], index: number): T => pool[index % pool.length] as T

function paths(value: JsonValue, at: JsonPath = [], out: JsonPath[] = []): JsonPath[] {
  out.push(at)
  if (isJsonObject(value)) for (const [key, item] of value) paths(item, [...at, key], out)
  if (isJsonArray(value)) value.forEach((item, index) => paths(item, [...at, index], out))
  return out
}

/** One change at one of `all`, the paths of the valid body every variant starts from. */
function mutate(body: JsonValue, change: Mutation, all: readonly JsonPath[]): JsonValue {
  const path = all[change.pick % all.length] ?? []
  const target = getIn(body, path)
  const changed = (() => {
    switch (change.kind) {
      case 'set':
        return setIn(body, path, from(HOSTILE, change.with))
      case 'near miss':
        return setIn(body, path, nearMiss(target, change.with))
      case 'add':
        return isJsonObject(target)
          ? setIn(body, [...path, from(KEYS, change.with)], from(HOSTILE, change.with >> 4))
          : body
      case 'type':
        return isJsonObject(target)
          ? setIn(body, [...path, '@odata.type'], from(ODATA_TYPES, change.with))
          : body
      case 'drop':
        return path.length && typeof path.at(-1) === 'string' ? setIn(body, path, undefined) : body
      case 'null item':
        return isJsonArray(target) ? setIn(body, path, [...target, null]) : body
    }
  })()
  return changed ?? null
}

/** What a JSON Schema validator sees: the body as `JSON.parse` would give it (numbers as doubles). */
function parsed(value: JsonValue): unknown {
  if (value instanceof JsonNumber) return Number(value.raw)
  if (isJsonArray(value)) return value.map(parsed)
  if (!isJsonObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const [key, item] of value) {
    // As JSON.parse does it: `__proto__` is an ordinary key there.
    if (key === '__proto__') {
      Object.defineProperty(out, key, {
        value: parsed(item),
        enumerable: true,
        writable: true,
        configurable: true,
      })
    } else out[key] = parsed(item)
  }
  return out
}

let judged = 0
function expectAgreement(body: JsonValue): void {
  judged += 1
  const errors = findErrors(body)
  const valid = validate(parsed(body))
  if (valid === (errors.length === 0)) return
  // Only a disagreement pays for the explanation.
  expect.fail(
    `Ajv says ${valid ? 'valid' : 'invalid'}, the app ${errors.length} errors\napp: ${JSON.stringify(errors.slice(0, 3))}\najv: ${JSON.stringify(validate.errors?.slice(0, 3))}\nbody: ${stringifyJson(body)}`,
  )
}

describe('the JSON Schema and the app', () => {
  it('judge every body alike: valid sessions and each of them broken in ten ways', () => {
    judged = 0
    fc.assert(
      fc.property(
        // Deep enough for every type (trace-route hops included); one item a list, as mutations add more.
        arbitrarySession(4, 1),
        fc.array(mutations, { minLength: 10, maxLength: 10 }),
        (body, variants) => {
          expectAgreement(body)
          const all = paths(body)
          for (const changes of variants) {
            expectAgreement(changes.reduce<JsonValue>((doc, change) => mutate(doc, change, all), body))
          }
        },
      ),
    )
    // 11 bodies a run: 2,200 at the default 200 runs, 110,000 under `npm run fuzz`.
    expect(judged % 11).toBe(0)
  })

  it('agree on the examples of the facts files', () => {
    const examples: [string, boolean][] = [
      ['{"failureInfo":{"stage":null}}', false],
      ['{"id":null}', false],
      ['{"modalities":null}', false],
      ['{"modalities":["unknown"]}', false],
      ['{"caller":{"userAgent":{"headerValue":"x"}}}', false],
      ['{"segments":[{"id":"s","media":[null,{"streams":[null]}]}]}', true],
      ['{"segments":[{"media":[{"streams":[{"averageJiter":"PT1S"}]}]}]}', false],
      ['{"segments":[{"media":[{"streams":[{"averageJitter":"PT0.35S"}]}]}]}', true],
      [
        '{"caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","identity":{"@odata.type":"#microsoft.graph.communicationsIdentitySet","user":{"@odata.type":"#microsoft.graph.communicationsUserIdentity","id":"u","displayName":"U","tenantId":"t"}}}}',
        true,
      ],
      [
        '{"caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","identity":{"@odata.type":"#microsoft.graph.communicationsIdentitySet","endpointType":"bogusValue"}}}',
        false,
      ],
    ]
    for (const [text, valid] of examples) {
      const parsed = parseJson(text)
      if (!parsed.ok) throw parsed.error
      expectAgreement(parsed.value)
      expect(findErrors(parsed.value).length === 0, text).toBe(valid)
    }
  })
})
