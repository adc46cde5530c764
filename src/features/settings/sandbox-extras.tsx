import { createContext, use, type ReactNode } from 'react'

/**
 * What the app adds to Settings → Sandbox from features that settings may not import (the subscriptions
 * panel reads the sandbox through the signed-in Graph client). Given the sandbox's base URL being edited.
 */
export const SandboxExtrasContext = createContext<((sandboxBaseUrl: string) => ReactNode) | null>(null)

export function SandboxExtras({ sandboxBaseUrl }: { sandboxBaseUrl: string }) {
  const render = use(SandboxExtrasContext)
  return render ? render(sandboxBaseUrl) : null
}
