import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonEqual } from './equal.ts'
import { parseJson } from './parse.ts'
import { fromPlain } from './plain.ts'
import { stringifyJson } from './stringify.ts'

describe('stringifyJson', () => {
  it('lays out like JSON.stringify for canonical documents', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value, null, 2)
        const result = parseJson(text)
        expect(result.ok && stringifyJson(result.value, 2)).toBe(text)
        expect(result.ok && stringifyJson(result.value)).toBe(JSON.stringify(value))
      }),
    )
  })

  it('round-trips any JSON text to an equal tree, in both layouts', () => {
    fc.assert(
      fc.property(fc.json(), fc.boolean(), (text, pretty) => {
        const first = parseJson(text)
        if (!first.ok) throw first.error
        const second = parseJson(stringifyJson(first.value, pretty ? 2 : 0))
        expect(second.ok && jsonEqual(first.value, second.value)).toBe(true)
      }),
    )
  })

  it('keeps -0, empty containers and unicode', () => {
    expect(stringifyJson(fromPlain({ a: -0, b: [], c: {}, d: 'é\u2028"' }), 2)).toBe(
      '{\n  "a": -0,\n  "b": [],\n  "c": {},\n  "d": "é\u2028\\""\n}',
    )
  })
})
