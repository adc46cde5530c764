import { createContext, use } from 'react'
import type { AuthAccount, TokenGetter } from './auth-session.ts'

export interface Auth {
  /** `loading` until MSAL is downloaded and initialised; `unavailable` when the target is incomplete. */
  status: 'loading' | 'ready' | 'unavailable' | 'failed'
  /** Why sign-in cannot work right now (unavailable or failed). */
  problem: string | null
  account: AuthAccount | null
  /** Something the user should know that is not an error of theirs (signed out on switching targets). */
  notice: string | null
  dismissNotice: () => void
  /** Opens a sign-in window; `signal` cancels it. Rejects with a sentence (closed window, blocked popup…). */
  signIn: (signal?: AbortSignal) => Promise<void>
  signOut: () => Promise<void>
  /** A token for these scopes: silent first, a sign-in window when needed (see TokenOptions). */
  getToken: TokenGetter
}

export const AuthContext = createContext<Auth | null>(null)

export function useAuth(): Auth {
  const auth = use(AuthContext)
  if (!auth) throw new Error('useAuth needs an <AuthProvider>')
  return auth
}
