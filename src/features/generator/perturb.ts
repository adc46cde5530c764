import { durationToSeconds } from '#src/features/schema/duration.ts'
import type { FieldMeta } from '#src/features/schema/field-meta.ts'
import { JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { clamp, decimals, millis, ratio } from './rounding.ts'

// Durations beyond an hour are not jitter or round-trip times; they shift instead of scaling.
const SCALE_LIMIT_SECONDS = 3600
const MAX_SECONDS = 922337203685

/**
 * A metric made `factor` times worse (or better). Monotonic in the value, so within one object a maximum
 * stays at or above its average; values already out of their plausible range are left as they are.
 */
export function perturb(meta: FieldMeta, value: JsonValue, factor: number): JsonValue {
  if (meta.widget === 'single' && value instanceof JsonNumber) {
    const n = value.toNumber()
    if (meta.check === 'ratio' && n >= 0 && n <= 1) return JsonNumber.from(ratio(n * factor))
    if (meta.check === 'percent' && n >= 0 && n <= 100) {
      return JsonNumber.from(decimals(clamp(n * factor, 0, 100), 2))
    }
    return value
  }
  if (meta.widget === 'duration' && meta.check === 'nonNegative' && typeof value === 'string') {
    const seconds = durationToSeconds(value)
    if (seconds === undefined || seconds < 0) return value
    const scaled =
      seconds <= SCALE_LIMIT_SECONDS ? seconds * factor : seconds + SCALE_LIMIT_SECONDS * (factor - 1)
    return millis(Math.min(scaled, MAX_SECONDS) * 1000)
  }
  return value
}
