import type { Sensitive } from '#src/features/schema/field-meta.ts'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { maskSession } from './mask-session.ts'
import { maskAs } from './mask-text.ts'

/**
 * What the mask seams take (the body for the form, the preview, the code and the response; one text for the
 * signed-in account). The call record id is not personal data and stays readable.
 */
export interface PresenterMask {
  maskBody: (body: JsonValue) => JsonValue
  maskText: (kind: Sensitive, text: string) => string
}

export const PRESENTER_MASK: PresenterMask = { maskBody: maskSession, maskText: maskAs }
