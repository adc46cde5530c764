import { dateTimeToEpochMs } from '#src/features/schema/date-time.ts'

export const TICKS_PER_SECOND = 10_000_000
const TICKS_PER_MS = 10_000
const LATEST_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

/**
 * An instant as whole epoch milliseconds plus ticks (100 ns) beyond them: Graph keeps seven fraction digits,
 * and epoch ticks would overflow a double's exact integers.
 */
export interface Instant {
  epochMs: number
  ticks: number
}

/** Graph's UTC form: `2025-03-11T14:02:07.4183920Z`. */
export function graphDateTime(instant: Instant): string {
  const carry = Math.floor(instant.ticks / TICKS_PER_MS)
  const ms = instant.epochMs + carry
  if (ms > LATEST_MS) throw new RangeError('Date-times end at 9999-12-31')
  const rest = instant.ticks - carry * TICKS_PER_MS
  return `${new Date(ms).toISOString().slice(0, -1)}${String(rest).padStart(4, '0')}Z`
}

export function later(instant: Instant, ticks: number): Instant {
  return { epochMs: instant.epochMs, ticks: instant.ticks + ticks }
}

/** Reads any DateTimeOffset Graph accepts, to the tick. */
export function parseInstant(text: string): Instant | undefined {
  const epochMs = dateTimeToEpochMs(text)
  if (epochMs === undefined) return undefined
  const beyondMs = /\.\d{3}(\d{1,4})/.exec(text)?.[1] ?? ''
  return { epochMs, ticks: Number(beyondMs.padEnd(4, '0')) }
}
