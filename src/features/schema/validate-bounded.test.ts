import { describe, expect, it } from 'vitest'
import { JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { findErrors, findErrorsBounded } from './validate.ts'

const MB4 = 4 * 1024 * 1024
const object = (...entries: [string, JsonValue][]) => new Map<string, JsonValue>(entries)
/** A session of one segment with one media holding these streams. */
const withStreams = (streams: JsonValue[]) =>
  object(['segments', [object(['media', [object(['streams', streams])]])]])

const BAD_STREAM = object(['streamDirection', 'up'])
const STREAMS = 155_000
/** One segment, one media, and 155,000 streams each with a direction Graph does not have: just under 4 MB. */
const badEnums = withStreams(new Array<JsonValue>(STREAMS).fill(BAD_STREAM))

describe('validation of pathological bodies is bounded', () => {
  it('is given a body of 155,000 bad enum values that fits in 4 MB', () => {
    const shell = stringifyJson(withStreams([]))
    const size = shell.length + STREAMS * stringifyJson(BAD_STREAM).length + (STREAMS - 1)
    expect(size).toBeGreaterThan(3_800_000)
    expect(size).toBeLessThanOrEqual(MB4)
  })

  it('reports all 155,000 without throwing (zod used to overflow the stack here)', () => {
    const errors = findErrors(badEnums)
    expect(errors).toHaveLength(STREAMS)
    expect(errors.at(-1)?.path).toEqual([
      'segments',
      0,
      'media',
      0,
      'streams',
      STREAMS - 1,
      'streamDirection',
    ])
  })

  it('keeps the first `limit` and counts the rest without building their messages', () => {
    const bounded = findErrorsBounded(badEnums, { limit: 100 })
    expect(bounded.total).toBe(STREAMS)
    expect(bounded.errors).toHaveLength(100)
    expect(bounded.errors[99]).toEqual({
      path: ['segments', 0, 'media', 0, 'streams', 99, 'streamDirection'],
      message: 'Not a mediaStreamDirection member; one of callerToCallee, calleeToCaller',
      severity: 'error',
    })
  })

  it('stops at the limit with 200,000 bad items, and the count says how many there were', () => {
    const body = object(['segments', new Array<JsonValue>(200_000).fill(new JsonNumber('1'))])
    expect(findErrors(body, { limit: 3 })).toEqual(
      [0, 1, 2].map((index) => ({
        path: ['segments', index],
        message: 'Expected an object (segment)',
        severity: 'error',
      })),
    )
    expect(findErrorsBounded(body, { limit: 3 }).total).toBe(200_000)
  })

  it('never enters what it does not judge, however deep: a million nested arrays under an unknown key', () => {
    let deep: JsonValue = []
    for (let depth = 0; depth < 1_000_000; depth++) deep = [deep]
    const body = object(['x-deep', deep], ['averageJitter', object(['nested', deep])])
    expect(findErrorsBounded(body, { limit: 10 }).errors.map((issue) => issue.path)).toEqual([
      ['x-deep'],
      ['averageJitter'],
    ])
  })

  it('without a limit, reports every error (the total is then the list’s length)', () => {
    const body = withStreams([BAD_STREAM, BAD_STREAM])
    const all = findErrorsBounded(body)
    expect(all.total).toBe(2)
    expect(all.errors).toEqual(findErrors(body))
  })
})
