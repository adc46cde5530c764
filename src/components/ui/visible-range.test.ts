import { describe, expect, it } from 'vitest'
import { visibleRange } from './visible-range.ts'

describe('visibleRange', () => {
  it('renders only what a viewport shows, with overscan', () => {
    expect(visibleRange(0, 200, 20, 100_000, 5)).toEqual({ first: 0, end: 15 })
    expect(visibleRange(2000, 200, 20, 100_000, 5)).toEqual({ first: 95, end: 115 })
    expect(visibleRange(2010, 200, 20, 100_000, 0)).toEqual({ first: 100, end: 111 })
  })

  it('stays inside the text when the text shrinks under the scroll position', () => {
    expect(visibleRange(5000, 200, 20, 10, 5)).toEqual({ first: 10, end: 10 })
    expect(visibleRange(0, 200, 20, 3)).toEqual({ first: 0, end: 3 })
    expect(visibleRange(0, 0, 20, 0)).toEqual({ first: 0, end: 0 })
  })
})
