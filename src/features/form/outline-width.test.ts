import { describe, expect, it } from 'vitest'
import { DETAIL_MIN_WIDTH, OUTLINE_MIN_WIDTH, outlineBounds } from './outline-width.ts'

describe('outline width', () => {
  it('lets the outline take up to 60% of the editor, never less than its minimum', () => {
    expect(outlineBounds(1000)).toEqual({ min: OUTLINE_MIN_WIDTH, max: 600 })
    expect(outlineBounds(200)).toEqual({ min: OUTLINE_MIN_WIDTH, max: OUTLINE_MIN_WIDTH })
  })

  it('always leaves the detail pane room for its toolbar and pickers', () => {
    expect(outlineBounds(700)).toEqual({ min: OUTLINE_MIN_WIDTH, max: 700 - DETAIL_MIN_WIDTH })
  })
})
