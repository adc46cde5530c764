import { describe, expect, it } from 'vitest'
import { clampNote } from './count-field.tsx'

describe('clampNote', () => {
  it('says what an out-of-range count became, and nothing for one within range', () => {
    expect(clampNote(1000, 1, 40)).toBe('Using 40, the most allowed (you typed 1,000).')
    expect(clampNote(-2, 0, 6)).toBe('Using 0, the fewest allowed (you typed -2).')
    expect(clampNote(12, 1, 40)).toBeNull()
  })
})
