import { createContext, use } from 'react'
import type { JsonObject } from '#src/lib/json/json-value.ts'

/**
 * How a stored session reaches the form. The app provides one that asks before replacing a body with content
 * (or opens it as a new draft), true when it replaced the body at once; without one, the body is replaced.
 */
export type SessionOpener = (name: string, body: JsonObject) => boolean

export const SessionOpenerContext = createContext<SessionOpener | null>(null)

export function useSessionOpener(): SessionOpener | null {
  return use(SessionOpenerContext)
}
