import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { lineIndex } from './line-index.ts'

describe('lineIndex', () => {
  it('gives the lines split would, without splitting', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'é', '\n', ' ', '{', '\r')), (chars) => {
        const text = chars.join('')
        const index = lineIndex(text)
        const lines = text.split('\n')
        expect(index.count).toBe(lines.length)
        expect(Array.from({ length: index.count }, (_, i) => index.line(i))).toEqual(lines)
      }),
    )
  })

  it('grows past its first block of line starts, and answers nothing outside the text', () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i}`).join('\n')
    const index = lineIndex(text)
    expect(index.count).toBe(5000)
    expect(index.line(4999)).toBe('line 4999')
    expect(index.line(5000)).toBe('')
  })
})
