import { secondsToDuration } from '#src/features/schema/duration.ts'

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value))
}

/** Rounds to `digits` decimals; monotonic, so a maximum never rounds below its average. */
export function decimals(value: number, digits: number): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}

/** A ratio in 0–1, to four decimals as Graph reports them. */
export function ratio(value: number, digits = 4): number {
  return decimals(clamp(value, 0, 1), digits)
}

/** Milliseconds as an ISO 8601 duration to the millisecond: 16 → `PT0.016S`. */
export function millis(ms: number): string {
  return secondsToDuration(Math.max(0, Math.round(ms)) / 1000)
}
