import { describe, expect, it } from 'vitest'
import { formatDuration, formatSeconds } from './format-duration.ts'

describe('formatDuration', () => {
  it('reads at a glance', () => {
    expect([850, 1234, 3000, 12_345, 125_000].map(formatDuration)).toEqual([
      '850 ms',
      '1.2 s',
      '3 s',
      '12 s',
      '2 min 5 s',
    ])
  })
})

describe('formatSeconds', () => {
  it('keeps one decimal below ten seconds, unless the seconds are whole', () => {
    expect([400, 1500, 3000, 9_940, 42_400].map(formatSeconds)).toEqual([
      '0.4 s',
      '1.5 s',
      '3 s',
      '9.9 s',
      '42 s',
    ])
  })
})
