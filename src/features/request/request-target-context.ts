import { createContext, use } from 'react'
import { sandboxTarget, type RequestTarget } from './request-target.ts'

/** Provided by the settings feature; without a provider the request goes to the sandbox. */
export const RequestTargetContext = createContext<RequestTarget | null>(null)

let fallback: RequestTarget | undefined

export function useRequestTarget(): RequestTarget {
  const provided = use(RequestTargetContext)
  fallback ??= sandboxTarget()
  return provided ?? fallback
}
