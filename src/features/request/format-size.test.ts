import { describe, expect, it } from 'vitest'
import { formatSize } from './format-size.ts'

describe('formatSize', () => {
  it('states bytes against the 4 MB limit', () => {
    expect(formatSize(1234)).toBe('1,234 bytes of 4,194,304 (0.03%)')
    expect(formatSize(1)).toBe('1 byte of 4,194,304 (0.00%)')
    expect(formatSize(4_194_304)).toBe('4,194,304 bytes of 4,194,304 (100.00%)')
    expect(formatSize(4_194_305)).toBe('4,194,305 bytes of 4,194,304 (100.00%)')
  })
})
