import { describe, expect, it } from 'vitest'
import { attemptLine } from './attempt-log.tsx'
import { sentSummary } from './response-answer.tsx'

describe('attemptLine', () => {
  it('says why and how long each retry waited', () => {
    const base = { requestId: null, retryAfter: null }
    expect(
      attemptLine({
        ...base,
        attempt: 1,
        status: 429,
        statusText: 'Too Many Requests',
        retryAfter: '1',
        wait: { ms: 1000, source: 'retry-after' },
      }),
    ).toBe('Attempt 1: 429 Too Many Requests — waited 1 s (Retry-After: 1), then retried')
    expect(
      attemptLine({
        ...base,
        attempt: 2,
        status: 503,
        statusText: 'Service Unavailable',
        wait: { ms: 6000, source: 'exponential' },
      }),
    ).toBe('Attempt 2: 503 Service Unavailable — waited 6 s (exponential back-off), then retried')
    expect(
      attemptLine({ ...base, attempt: 1, status: 401, statusText: 'Unauthorized', reauthenticated: true }),
    ).toBe('Attempt 1: 401 Unauthorized — signed in again and resent')
  })
})

describe('sentSummary', () => {
  it('says how the answer was reached on one line', () => {
    const attempt = { attempt: 1, status: 201, statusText: 'Created', requestId: null, retryAfter: null }
    expect(sentSummary({ attempts: [attempt], retries: 0, durationMs: 420 })).toBe(
      '1 attempt, 0 retries (at most 3), 420 ms',
    )
    expect(sentSummary({ attempts: [attempt, attempt], retries: 1, durationMs: 1_500 })).toBe(
      '2 attempts, 1 retry (at most 3), 1.5 s',
    )
  })
})
