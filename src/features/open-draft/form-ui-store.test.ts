import { describe, expect, it } from 'vitest'
import { FormUiStore, nodeOf } from './form-ui-store.ts'

describe('nodeOf', () => {
  it('finds the outline node holding a field', () => {
    expect(nodeOf(['segments', 1, 'media', 0, 'streams', 2, 'averageJitter'])).toEqual([
      'segments',
      1,
      'media',
      0,
      'streams',
      2,
    ])
    expect(nodeOf(['segments', 1, 'media', 0, 'callerNetwork', 'traceRouteHops', 0, 'ipAddress'])).toEqual([
      'segments',
      1,
      'media',
      0,
    ])
    expect(nodeOf(['segments', 3, 'caller', 'userAgent'])).toEqual(['segments', 3])
    expect(nodeOf(['caller', 'userAgent', 'platform'])).toEqual([])
    expect(nodeOf(['modalities', 0])).toEqual([])
  })
})

describe('FormUiStore', () => {
  it('opens every outline branch on the way to the selection, and the selection itself', () => {
    const store = new FormUiStore()
    store.select(['segments', 4, 'media', 1, 'streams', 0])
    expect([...store.getState().openNodes].sort()).toEqual(['segments.4', 'segments.4.media.1'])
    store.select(['segments', 7])
    expect(store.getState().openNodes.has('segments.7')).toBe(true)
  })

  it('reveals a field for the issue summary', () => {
    const store = new FormUiStore()
    store.setSectionOpen(['segments', 0, 'media', 0, 'callerNetwork'], false)
    store.focus(['segments', 0, 'media', 0, 'callerNetwork', 'port'])
    expect(store.getState().selected).toEqual(['segments', 0, 'media', 0])
    expect(store.getState().closedSections.size).toBe(0)
    expect(store.getState().focusRequest).toEqual(['segments', 0, 'media', 0, 'callerNetwork', 'port'])
  })
})
