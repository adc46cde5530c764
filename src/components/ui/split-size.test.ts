import { describe, expect, it } from 'vitest'
import { clampSize, sizeAfterKey } from './split-size.ts'

describe('split sizes', () => {
  const bounds = { min: 160, max: 600 }

  it('clamps to the bounds, and to the minimum when the room is smaller than it', () => {
    expect(clampSize(10, bounds)).toBe(160)
    expect(clampSize(900, bounds)).toBe(600)
    expect(clampSize(300.4, bounds)).toBe(300)
    expect(clampSize(300, { min: 200, max: 100 })).toBe(200)
  })

  it('moves by 16 px per arrow, 64 with Shift, to the ends with Home and End, and ignores other keys', () => {
    expect(sizeAfterKey('ArrowRight', false, 300, bounds)).toBe(316)
    expect(sizeAfterKey('ArrowLeft', true, 300, bounds)).toBe(236)
    expect(sizeAfterKey('ArrowLeft', true, 170, bounds)).toBe(160)
    expect(sizeAfterKey('ArrowRight', false, 595, bounds)).toBe(600)
    expect(sizeAfterKey('Home', false, 300, bounds)).toBe(160)
    expect(sizeAfterKey('End', false, 300, bounds)).toBe(600)
    expect(sizeAfterKey('ArrowUp', false, 300, bounds)).toBeNull()
    expect(sizeAfterKey('Enter', false, 300, bounds)).toBeNull()
  })

  it('uses the up and down arrows for a bar between a top and a bottom pane', () => {
    expect(sizeAfterKey('ArrowDown', false, 300, bounds, 'horizontal')).toBe(316)
    expect(sizeAfterKey('ArrowUp', true, 300, bounds, 'horizontal')).toBe(236)
    expect(sizeAfterKey('ArrowRight', false, 300, bounds, 'horizontal')).toBeNull()
  })
})
