import { describe, expect, it } from 'vitest'
import { shiftDateTime } from './shift-date-time.ts'

describe('shiftDateTime', () => {
  it.each([
    ['2020-02-25T18:52:21.2169889Z', 60, '2020-02-25T18:53:21.2169889Z'],
    ['2020-02-28T23:30:00+01:00', 86400, '2020-02-29T23:30:00+01:00'],
    ['2021-12-31T23:59:59.5-08:00', 1, '2022-01-01T00:00:00.5-08:00'],
    ['0050-06-01T00:00:00Z', -3600, '0050-05-31T23:00:00Z'],
    ['2020-01-01T00:00:00.000000000001Z', 0, '2020-01-01T00:00:00.000000000001Z'],
  ])('moves %s by %i s to %s', (text, seconds, expected) => {
    expect(shiftDateTime(text, seconds)).toBe(expected)
  })

  it('refuses what Graph would not read, and years beyond 1–9999', () => {
    expect(shiftDateTime('2020-02-30T00:00:00Z', 1)).toBeUndefined()
    expect(shiftDateTime('2020-02-25 18:52:21Z', 1)).toBeUndefined()
    expect(shiftDateTime('9999-12-31T23:59:59Z', 1)).toBeUndefined()
    expect(shiftDateTime('0001-01-01T00:00:00Z', -1)).toBeUndefined()
  })
})
