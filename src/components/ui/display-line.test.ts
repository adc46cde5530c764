import { describe, expect, it } from 'vitest'
import { displayLine, MAX_SHOWN_CHARACTERS } from './display-line.ts'

describe('displayLine', () => {
  it('keeps ordinary lines, gives empty ones height and cuts huge ones with a note', () => {
    expect(displayLine('  "id": "x",')).toBe('  "id": "x",')
    expect(displayLine('')).toBe('\u200b')
    const huge = 'x'.repeat(MAX_SHOWN_CHARACTERS + 1_234_567)
    expect(displayLine(huge)).toBe(
      `${'x'.repeat(MAX_SHOWN_CHARACTERS)} … (1,234,567 more characters not shown)`,
    )
  })
})
