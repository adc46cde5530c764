import type { JsonValue } from '#src/lib/json/json-value.ts'
import { maskSession } from './mask-session.ts'

/** What the request feature's mask seam takes; the call record id is not personal data and stays readable. */
export interface PresenterMask {
  maskBody: (body: JsonValue) => JsonValue
}

export const PRESENTER_MASK: PresenterMask = { maskBody: maskSession }
