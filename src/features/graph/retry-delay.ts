import { GRAPH_RETRIES, GRAPH_RETRY_BASE_DELAY_MS, GRAPH_RETRY_MAX_DELAY_MS } from '#src/lib/timings.ts'

/**
 * The Graph SDKs' RetryHandler (Kiota; what the PowerShell SDK uses): 429, 503 and 504 are retried at most
 * 3 times; the wait is Retry-After (seconds or an HTTP date), else 2^n × 3 s for the n-th retry counted
 * from 0 (3, 6, 12 s), never more than 180 s. The figures live with the app's other timings.
 */
export interface RetryPolicy {
  maxRetries: number
  baseDelayMs: number
  maxDelayMs: number
}

export const GRAPH_RETRY_POLICY: RetryPolicy = {
  maxRetries: GRAPH_RETRIES,
  baseDelayMs: GRAPH_RETRY_BASE_DELAY_MS,
  maxDelayMs: GRAPH_RETRY_MAX_DELAY_MS,
}

export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 503, 504])

export interface RetryDelay {
  ms: number
  source: 'retry-after' | 'exponential'
}

// RFC 9110 IMF-fixdate, the form servers send: "Sun, 06 Nov 1994 08:49:37 GMT".
const HTTP_DATE = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/

/** Milliseconds to wait from a Retry-After value; undefined when absent, unreadable or already past. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined
  const text = value.trim()
  if (/^\d+$/.test(text)) return Number(text) * 1000
  if (!HTTP_DATE.test(text)) return undefined
  const wait = Date.parse(text) - nowMs
  return wait > 0 ? wait : undefined
}

/** The wait before retry number `retryIndex` (0 for the first retry). */
export function retryDelay(
  retryAfter: string | null,
  retryIndex: number,
  nowMs: number,
  policy: RetryPolicy = GRAPH_RETRY_POLICY,
): RetryDelay {
  const fromHeader = parseRetryAfter(retryAfter, nowMs)
  const ms = fromHeader ?? 2 ** retryIndex * policy.baseDelayMs
  return {
    ms: Math.min(ms, policy.maxDelayMs),
    source: fromHeader === undefined ? 'exponential' : 'retry-after',
  }
}
