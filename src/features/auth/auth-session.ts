import type { ReadableStore } from '#src/lib/store/store.ts'

/** Where to sign in. The app derives it from the chosen target; auth knows nothing of settings. */
export interface AuthTarget {
  /** `OIDC`: any OpenID Connect server (the sandbox's); `Entra`: Microsoft Entra ID. */
  protocol: 'OIDC' | 'Entra'
  authority: string
  clientId: string
  scopes: readonly string[]
}

/** The signed-in user as the header shows it; no token, no claims beyond the names. */
export interface AuthAccount {
  /** Stable per user and authority (MSAL's home account id); keys per-user caches. */
  id: string
  name: string | undefined
  username: string
}

export interface TokenOptions {
  /** A claims challenge (decoded JSON) from a 401's WWW-Authenticate: always asks interactively. */
  claims?: string
  /**
   * `fallback` (default): silent first, a sign-in window when that needs interaction.
   * `never`: silent only (background queries must not open windows). `force`: a sign-in window now.
   */
  interaction?: 'fallback' | 'never' | 'force'
  /** Ends the wait (and closes a sign-in window) when aborted: Cancel works at every stage. */
  signal?: AbortSignal
}

export type TokenGetter = (scopes: readonly string[], options?: TokenOptions) => Promise<string>

/** One MSAL application for one target, behind functions; it never leaves the auth feature as an object. */
export interface AuthSession {
  /** The signed-in account; changes on sign-in, sign-out and a different user in a popup. */
  account: ReadableStore<AuthAccount | null>
  /** A sign-in window; rejects with a sentence when it is closed or `signal` aborts. */
  signIn: (signal?: AbortSignal) => Promise<void>
  /** Signs out here and at the sign-in server (its own window), so the next sign-in may be someone else. */
  signOut: () => Promise<void>
  /** Forgets the account here only (another target's sign-in takes over). */
  forget: () => Promise<void>
  getToken: TokenGetter
}

export class SignInRequiredError extends Error {
  constructor() {
    super('Sign in first: this needs a token and no account is signed in.')
    this.name = 'SignInRequiredError'
  }
}
