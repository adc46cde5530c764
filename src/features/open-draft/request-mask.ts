import type { JsonValue } from '#src/lib/json/json-value.ts'

/**
 * How the request is shown, not what is sent: presenter mode provides transforms that redact identifiers
 * in the displayed body and URL. Sizes and blockers always describe the real request.
 */
export interface RequestMask {
  maskBody?: (body: JsonValue) => JsonValue
  maskId?: (callRecordId: string) => string
}
