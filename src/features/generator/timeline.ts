import { TICKS_PER_SECOND } from './graph-date-time.ts'
import type { Random } from './random.ts'

/** Ticks (100 ns) from the session's start. */
export interface Span {
  start: number
  end: number
}

/**
 * Back-to-back segments filling the session: the first starts with it, the last ends with it, and short gaps
 * (a reconnect, a transfer) separate the others. Whole ticks, so nothing drifts outside by rounding.
 */
export function layoutSegments(random: Random, count: number, total: number): Span[] {
  const chunk = total / count
  return Array.from({ length: count }, (_, i) => ({
    start: i === 0 ? 0 : Math.floor(i * chunk + random.between(0, 0.05) * chunk),
    end: i === count - 1 ? total : Math.floor((i + 1) * chunk - random.between(0, 0.05) * chunk),
  }))
}

/** A SIP stream starts once media is negotiated, after its segment, and stops just before it ends. */
export function streamSpan(random: Random, segment: Span): Span {
  const length = segment.end - segment.start
  const start =
    segment.start + Math.floor(Math.min(random.between(0.2, 1.2) * TICKS_PER_SECOND, length * 0.1))
  const end = segment.end - Math.floor(Math.min(random.between(0, 0.3) * TICKS_PER_SECOND, length * 0.05))
  return { start, end }
}
