import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitrarySession } from '#src/features/schema/testing/arbitrary-session.ts'
import { isJsonArray, isJsonObject, type JsonValue } from '#src/lib/json/json-value.ts'
import { setIn } from '#src/lib/json/path.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { prepareBody, serializeBody } from './serialize-body.ts'

const exact = (body: JsonValue) => ({
  compact: stringifyJson(body),
  pretty: stringifyJson(body, 2),
  bytes: new TextEncoder().encode(stringifyJson(body)).length,
})

// Keys and strings outside ASCII, so the byte count is tested, and values that are not objects where
// segments are expected.
const odd = fc.oneof(fc.string({ unit: 'grapheme' }), fc.constant(null), fc.constant<JsonValue>([]))

describe('serializeBody', () => {
  it('writes exactly what stringifyJson writes, whatever the body', () => {
    fc.assert(
      fc.property(arbitrarySession(), odd, fc.string({ unit: 'grapheme' }), (body, item, key) => {
        expect(serializeBody(body)).toEqual(exact(body))
        const segments = isJsonObject(body) ? body.get('segments') : undefined
        const withOdd = setIn(body, ['segments'], [...(isJsonArray(segments) ? segments : []), item]) ?? body
        expect(serializeBody(withOdd)).toEqual(exact(withOdd))
        const withKey = setIn(withOdd, [key], item) ?? withOdd
        expect(serializeBody(withKey)).toEqual(exact(withKey))
      }),
    )
  })

  it('reuses the text of segments an edit did not touch, wherever they move', async () => {
    const body = fc.sample(arbitrarySession(), { numRuns: 30, seed: 7 }).find((candidate) => {
      const segments = isJsonObject(candidate) ? candidate.get('segments') : undefined
      return isJsonArray(segments) && segments.filter(isJsonObject).length >= 2
    })
    if (!body || !isJsonObject(body)) throw new Error('no sample with two segments')
    expect(await prepareBody(body, () => true)).toBe(true)
    const segments = body.get('segments') as JsonValue[]
    const edited =
      setIn(setIn(body, ['segments'], [...segments].reverse()) ?? body, ['segments', 0, 'id'], 'é') ?? body
    expect(serializeBody(edited)).toEqual(exact(edited))
    expect(serializeBody(body)).toEqual(exact(body))
  })

  it('stops preparing when the body is no longer wanted', async () => {
    const body = fc.sample(arbitrarySession(), { numRuns: 1, seed: 3 })[0] ?? null
    expect(await prepareBody(body, () => false)).toBe(false)
  })
})
