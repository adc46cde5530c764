import { createContext, use } from 'react'
import type { JsonValue } from '#src/lib/json/json-value.ts'

/**
 * How the body is shown, never what it holds: presenter mode provides a transform that masks identifiers
 * (UPNs, tenant ids, ids, names, addresses). The form shows masked fields read-only; null shows everything.
 */
export interface BodyMask {
  maskBody: (body: JsonValue) => JsonValue
}

export const BodyMaskContext = createContext<BodyMask | null>(null)

export function useBodyMask(): BodyMask | null {
  return use(BodyMaskContext)
}
