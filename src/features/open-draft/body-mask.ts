import type { JsonValue } from '#src/lib/json/json-value.ts'
import { useStore } from '#src/lib/store/use-store.ts'
import { useComposer } from './composer-context.ts'
import type { RequestMask } from './request-mask.ts'

/**
 * How the body is shown, never what it holds: presenter mode's mask (the composer's `mask`) transforms the body
 * to hide identifiers (UPNs, tenant ids, ids, names, addresses). The form shows masked fields read-only.
 */
export interface BodyMask {
  maskBody: (body: JsonValue) => JsonValue
}

function masksBody(mask: RequestMask | null): mask is RequestMask & BodyMask {
  return mask?.maskBody !== undefined
}

/** The body's mask while presenting; null shows everything. */
export function useBodyMask(): BodyMask | null {
  const mask = useStore(useComposer().mask)
  return masksBody(mask) ? mask : null
}
