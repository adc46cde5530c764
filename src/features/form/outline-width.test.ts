import { describe, expect, it } from 'vitest'
import { clampWidth, OUTLINE_MIN_WIDTH, outlineBounds, widthAfterKey } from './outline-width.ts'

describe('outline width', () => {
  const bounds = outlineBounds(1000)

  it('lets the outline take up to 60% of the editor, never less than its minimum', () => {
    expect(bounds).toEqual({ min: OUTLINE_MIN_WIDTH, max: 600 })
    expect(outlineBounds(200)).toEqual({ min: OUTLINE_MIN_WIDTH, max: OUTLINE_MIN_WIDTH })
    expect(clampWidth(10, bounds)).toBe(OUTLINE_MIN_WIDTH)
    expect(clampWidth(900, bounds)).toBe(600)
    expect(clampWidth(300.4, bounds)).toBe(300)
  })

  it('moves by 16 px per arrow, 64 with Shift, to the ends with Home and End, and ignores other keys', () => {
    expect(widthAfterKey('ArrowRight', false, 300, bounds)).toBe(316)
    expect(widthAfterKey('ArrowLeft', true, 300, bounds)).toBe(236)
    expect(widthAfterKey('ArrowLeft', true, 170, bounds)).toBe(OUTLINE_MIN_WIDTH)
    expect(widthAfterKey('ArrowRight', false, 595, bounds)).toBe(600)
    expect(widthAfterKey('Home', false, 300, bounds)).toBe(OUTLINE_MIN_WIDTH)
    expect(widthAfterKey('End', false, 300, bounds)).toBe(600)
    expect(widthAfterKey('ArrowUp', false, 300, bounds)).toBeNull()
    expect(widthAfterKey('Enter', false, 300, bounds)).toBeNull()
  })
})
