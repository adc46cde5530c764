import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import { AuthContext, type Auth } from './auth-context.ts'
import type { AuthAccount, AuthSession, AuthTarget, TokenGetter } from './auth-session.ts'

type Loaded =
  | { target: AuthTarget; session: AuthSession; account: AuthAccount | null }
  | { target: AuthTarget; problem: string }

// One MSAL application per target for the page's life: React's development double effects, or switching
// targets back and forth, must not build a second one for the same client id.
const sessions = new Map<string, Promise<AuthSession>>()

function sessionFor(target: AuthTarget): Promise<AuthSession> {
  const key = JSON.stringify([target.protocol, target.authority, target.clientId, target.scopes])
  let session = sessions.get(key)
  if (!session) {
    session = loadSession(target)
    sessions.set(key, session)
    // A failed start (authority unreachable) may work on the next try.
    session.catch(() => sessions.delete(key))
  }
  return session
}

async function loadSession(target: AuthTarget): Promise<AuthSession> {
  const [{ createMsalSession }, { describeAuthError }] = await Promise.all([
    import('./msal-session.ts'),
    import('./describe-auth-error.ts'),
  ])
  try {
    const session = await createMsalSession(target, globalThis.location.origin)
    const guarded =
      <A extends unknown[], R>(run: (...args: A) => Promise<R>) =>
      (...args: A) =>
        run(...args).catch((error: unknown) => Promise.reject(new Error(describeAuthError(error))))
    return {
      account: session.account,
      signIn: guarded(session.signIn),
      signOut: guarded(session.signOut),
      forget: guarded(session.forget),
      getToken: guarded(session.getToken),
    }
  } catch (error) {
    throw new Error(describeAuthError(error))
  }
}

export interface AuthProviderProps {
  /** Null when the chosen target is incomplete; `unavailable` then says why. */
  target: AuthTarget | null
  unavailable?: string
  children: ReactNode
}

/**
 * MSAL for the chosen target, rebuilt when it changes. It is imported after the first render, so the app
 * paints without it; a token request made meanwhile simply waits for it.
 */
export function AuthProvider({ target, unavailable, children }: AuthProviderProps) {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const pending = useRef<Promise<AuthSession> | null>(null)
  // The target signed in before this one: switching away signs out of it, so no request is ever signed
  // by another authority's account (MSAL's authority_mismatch).
  const previous = useRef<{ target: AuthTarget; session: AuthSession } | null>(null)

  useEffect(() => {
    pending.current = null
    if (!target) return
    let live = true
    let unsubscribe: (() => void) | undefined
    const before = previous.current
    if (before && before.target !== target) {
      const account = before.session.account.getSnapshot()
      previous.current = null
      if (account) {
        void before.session.forget()
        setNotice(
          `Signed out of ${account.username} at ${hostOf(before.target.authority)}: Send now signs in at ${hostOf(target.authority)}. Sign in there to send.`,
        )
      }
    }
    const session = sessionFor(target)
    pending.current = session
    session.then(
      (s) => {
        if (!live) return
        previous.current = { target, session: s }
        setLoaded({ target, session: s, account: s.account.getSnapshot() })
        unsubscribe = s.account.subscribe(() => {
          setLoaded({ target, session: s, account: s.account.getSnapshot() })
        })
      },
      (error: unknown) => {
        if (live) setLoaded({ target, problem: error instanceof Error ? error.message : 'Sign-in failed.' })
      },
    )
    return () => {
      live = false
      unsubscribe?.()
    }
  }, [target])

  const current = loaded?.target === target ? loaded : null
  const session = current && 'session' in current ? current.session : null
  const account = current && 'session' in current ? current.account : null

  const withSession = useCallback(async (): Promise<AuthSession> => {
    if (!pending.current) throw new Error(unavailable ?? 'Sign-in is not configured: open Settings.')
    return pending.current
  }, [unavailable])
  const getToken = useCallback<TokenGetter>(
    async (scopes, options) => (await withSession()).getToken(scopes, options),
    [withSession],
  )

  const auth = useMemo<Auth>(
    () => ({
      status: !target ? 'unavailable' : !current ? 'loading' : session ? 'ready' : 'failed',
      problem: !target
        ? (unavailable ?? 'Sign-in is not configured.')
        : current && 'problem' in current
          ? current.problem
          : null,
      account,
      notice,
      dismissNotice: () => setNotice(null),
      signIn: async (signal) => {
        setNotice(null)
        await (await withSession()).signIn(signal)
      },
      signOut: async () => (await withSession()).signOut(),
      getToken,
    }),
    [target, current, session, account, notice, unavailable, withSession, getToken],
  )
  return <AuthContext value={auth}>{children}</AuthContext>
}

function hostOf(authority: string): string {
  try {
    return new URL(authority).host
  } catch {
    return authority
  }
}
