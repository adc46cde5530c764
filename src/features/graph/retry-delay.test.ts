import { describe, expect, it } from 'vitest'
import { parseRetryAfter, retryDelay } from './retry-delay.ts'

const now = Date.parse('2026-01-01T00:00:00Z')

describe('parseRetryAfter', () => {
  it('reads seconds and HTTP dates', () => {
    expect(parseRetryAfter('41', now)).toBe(41_000)
    expect(parseRetryAfter(' 0 ', now)).toBe(0)
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:01:00 GMT', now)).toBe(60_000)
  })

  it('ignores what it cannot read, and dates already past', () => {
    expect(parseRetryAfter(null, now)).toBeUndefined()
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter('-5', now)).toBeUndefined()
    expect(parseRetryAfter('1.5', now)).toBeUndefined()
    expect(parseRetryAfter('Wed, 31 Dec 2025 23:59:00 GMT', now)).toBeUndefined()
  })
})

describe('retryDelay', () => {
  it('is 3, 6, 12 s without Retry-After (Kiota: 2^n × 3 s, n from 0)', () => {
    expect([0, 1, 2].map((n) => retryDelay(null, n, now))).toEqual([
      { ms: 3_000, source: 'exponential' },
      { ms: 6_000, source: 'exponential' },
      { ms: 12_000, source: 'exponential' },
    ])
  })

  it('follows Retry-After, a past date falling back to exponential, and caps at 180 s', () => {
    expect(retryDelay('7', 2, now)).toEqual({ ms: 7_000, source: 'retry-after' })
    expect(retryDelay('Wed, 31 Dec 2025 23:59:00 GMT', 1, now)).toEqual({ ms: 6_000, source: 'exponential' })
    expect(retryDelay('315', 0, now)).toEqual({ ms: 180_000, source: 'retry-after' })
    expect(retryDelay(null, 7, now).ms).toBe(180_000)
  })
})
