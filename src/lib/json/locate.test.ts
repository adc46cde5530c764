import { describe, expect, it } from 'vitest'
import { locatePath } from './locate.ts'

const text = `{
  "id": "x",
  "segments": [
    { "media": [ { "streams": [ { "averageJitter": "1 ms" } ] } ] },
    { "startDateTime": "yesterday", "n": [1, {"a": "}"}] }
  ]
}`

describe('locatePath', () => {
  it('finds the text of a nested value', () => {
    const span = locatePath(text, ['segments', 0, 'media', 0, 'streams', 0, 'averageJitter'])
    expect(span && text.slice(span.from, span.to)).toBe('"1 ms"')
    const second = locatePath(text, ['segments', 1, 'startDateTime'])
    expect(second && text.slice(second.from, second.to)).toBe('"yesterday"')
  })

  it('falls back to the nearest existing parent', () => {
    const span = locatePath(text, ['segments', 1, 'missing'])
    expect(span && text.slice(span.from, span.to)).toBe(
      '{ "startDateTime": "yesterday", "n": [1, {"a": "}"}] }',
    )
  })
})
