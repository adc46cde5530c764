import { useMemo, type ReactNode } from 'react'
import { useAuth } from '#src/features/auth/auth-context.ts'
import { AuthProvider } from '#src/features/auth/auth-provider.tsx'
import type { AuthTarget } from '#src/features/auth/auth-session.ts'
import { createGraphClient } from '#src/features/graph/graph-client.ts'
import { GraphContext, type GraphConnection } from '#src/features/graph/graph-context.ts'
import { SendProvider } from '#src/features/send/send-provider.tsx'
import { SettingsContext, useActiveTarget } from '#src/features/settings/settings-context.ts'
import type { SettingsStore } from '#src/features/settings/settings-store.ts'

/**
 * Where the features meet for sending: the chosen target (settings) configures sign-in (auth); the graph
 * client is handed auth's token getter with the target's scopes; Send posts the composer's request with it.
 * Needs the composer above it (the request's target follows the settings there: see app-state.ts).
 */
export function TargetProviders({ settings, children }: { settings: SettingsStore; children: ReactNode }) {
  return (
    <SettingsContext value={settings}>
      <AuthForTarget>
        <GraphForTarget>{children}</GraphForTarget>
      </AuthForTarget>
    </SettingsContext>
  )
}

function AuthForTarget({ children }: { children: ReactNode }) {
  const active = useActiveTarget()
  const target = useMemo<AuthTarget | null>(
    () =>
      Object.keys(active.issues).length > 0
        ? null
        : {
            protocol: active.protocol,
            authority: active.authority,
            clientId: active.clientId,
            scopes: active.scopes,
          },
    [active],
  )
  const problem = Object.entries(active.issues).map(([field, message]) => `${field}: ${message}`)[0]
  return (
    <AuthProvider target={target} unavailable={problem && `Settings are incomplete (${problem}).`}>
      {children}
    </AuthProvider>
  )
}

function GraphForTarget({ children }: { children: ReactNode }) {
  const { baseUrl, scopes } = useActiveTarget()
  const { getToken, account } = useAuth()
  const client = useMemo(
    () => createGraphClient({ getToken: (request) => getToken(scopes, request) }),
    [getToken, scopes],
  )
  const principal = account?.id ?? null
  const graph = useMemo<GraphConnection>(() => ({ client, baseUrl, principal }), [client, baseUrl, principal])
  return (
    <GraphContext value={graph}>
      <SendProvider>{children}</SendProvider>
    </GraphContext>
  )
}
