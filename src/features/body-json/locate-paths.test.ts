import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { locatePath } from '#src/lib/json/locate.ts'
import { locatePaths } from './locate-paths.ts'

function pathsIn(value: unknown, prefix: JsonPath = []): JsonPath[] {
  const own: JsonPath[] = [prefix]
  if (Array.isArray(value)) return [...own, ...value.flatMap((item, i) => pathsIn(item, [...prefix, i]))]
  if (value !== null && typeof value === 'object') {
    return [...own, ...Object.entries(value).flatMap(([key, item]) => pathsIn(item, [...prefix, key]))]
  }
  return own
}

describe('locatePaths', () => {
  const text = '{\n  "a": [1, {"k\\"ey": "v,]}"}],\n  "b": {"c": null}\n}'

  it('finds every path in one pass, escaped keys included', () => {
    const spans = locatePaths(text, [['a', 1, 'k"ey'], ['b', 'c'], ['a', 0], []])
    expect(spans.map((span) => text.slice(span.from, span.to))).toEqual(['"v,]}"', 'null', '1', text])
    expect(spans.every((span) => span.exact)).toBe(true)
  })

  it('falls back to the nearest existing parent, like locatePath', () => {
    const [missing, wrongKind] = locatePaths(text, [
      ['b', 'x', 'y'],
      ['a', 'zero'],
    ])
    expect(missing && text.slice(missing.from, missing.to)).toBe('{"c": null}')
    expect(missing?.exact).toBe(false)
    expect(wrongKind && text.slice(wrongKind.from, wrongKind.to)).toBe('[1, {"k\\"ey": "v,]}"}]')
  })

  it('agrees with locatePath on any document, layout and path', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 1, 2, '\t'), fc.nat(), (value, indent, seed) => {
        const source = JSON.stringify(value, null, indent)
        const existing = pathsIn(value)
        const paths = [...existing, ...existing.map((path) => [...path, seed % 3, 'missing'])]
        const spans = locatePaths(source, paths)
        paths.forEach((path, i) => {
          const expected = locatePath(source, path)
          expect({ from: spans[i]?.from, to: spans[i]?.to }).toEqual({
            from: expected?.from,
            to: expected?.to,
          })
        })
      }),
    )
  })
})
