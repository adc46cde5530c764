import {
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
} from '@azure/msal-browser'
import { Store } from '#src/lib/store/store.ts'
import { SignInRequiredError, type AuthAccount, type AuthSession, type AuthTarget } from './auth-session.ts'
import { msalConfiguration, redirectUriFor } from './msal-configuration.ts'
import { openWatched, SignInCancelledError, untilPopupEnds } from './popup-watch.ts'

function toAccount(account: AccountInfo | null): AuthAccount | null {
  return account ? { id: account.homeAccountId, name: account.name, username: account.username } : null
}

/** Rejects as soon as `signal` aborts; a silent token request has no window to close. */
function abortable<T>(work: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return work
  if (signal.aborted) return Promise.reject(new SignInCancelledError('Cancelled.'))
  return new Promise<T>((resolve, reject) => {
    const abort = () => reject(new SignInCancelledError('Cancelled.'))
    signal.addEventListener('abort', abort, { once: true })
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort))
  })
}

/**
 * MSAL for one target, loaded on demand (this module is the app's only route to `@azure/msal-browser`, so
 * the library stays out of the first download).
 */
export async function createMsalSession(target: AuthTarget, origin: string): Promise<AuthSession> {
  const msal = new PublicClientApplication(msalConfiguration(target, origin))
  await msal.initialize()
  // MSAL keeps every target's accounts in one cache: only this authority's may sign requests for it (another's
  // fails with authority_mismatch).
  const host = new URL(target.authority).host
  const ours = (account: AccountInfo | null): account is AccountInfo => account?.environment === host
  msal.setActiveAccount([msal.getActiveAccount(), ...msal.getAllAccounts()].find(ours) ?? null)
  const redirectUri = redirectUriFor(origin)
  // After Sign out, the next Sign in asks again instead of riding on the sign-in server's session cookie.
  let askAgain = false
  // A sign-in window the user closed leaves MSAL waiting (up to a minute): the next one takes over from it.
  let abandoned = false
  const signedIn = new Store(toAccount(msal.getActiveAccount()))

  const remember = (result: AuthenticationResult): string => {
    const changed = result.account.homeAccountId !== msal.getActiveAccount()?.homeAccountId
    msal.setActiveAccount(result.account)
    askAgain = false
    if (changed) signedIn.set(toAccount(result.account))
    return result.accessToken
  }

  const popup = async (scopes: readonly string[], claims?: string, signal?: AbortSignal): Promise<string> => {
    const account = msal.getActiveAccount() ?? undefined
    const prompt = askAgain ? (target.protocol === 'OIDC' ? 'login' : 'select_account') : undefined
    const { result, popup: opened } = openWatched(() =>
      msal.acquireTokenPopup({
        scopes: [...scopes],
        account,
        claims,
        prompt,
        redirectUri,
        ...(abandoned ? { overrideInteractionInProgress: true } : {}),
      }),
    )
    abandoned = false
    // An answer that comes after the app stopped waiting still signs in: the header follows.
    const token = result.then(remember)
    token.catch(() => undefined)
    try {
      const answer = await untilPopupEnds(token, opened, { signal, onClosed: 'reject' })
      if (answer === undefined) throw new SignInCancelledError()
      return answer
    } catch (error) {
      if (error instanceof SignInCancelledError) {
        abandoned = true
        void token.finally(() => {
          abandoned = false
        })
      }
      throw error
    }
  }

  const forget = async () => {
    const account = msal.getActiveAccount()
    await msal.clearCache(account ? { account } : undefined)
    msal.setActiveAccount(null)
    askAgain = true
    signedIn.set(null)
  }

  return {
    account: signedIn,
    signIn: async (signal) => {
      await popup(target.scopes, undefined, signal)
    },
    signOut: async () => {
      const account = msal.getActiveAccount()
      if (!account || abandoned) {
        await forget()
        return
      }
      // RP-initiated logout: the sign-in server's end_session page, in a window that returns through the
      // redirect bridge. MSAL clears its cache first; the header says "signed out" at once.
      const { result, popup: opened } = openWatched(() =>
        msal.logoutPopup({ account, postLogoutRedirectUri: redirectUri }),
      )
      msal.setActiveAccount(null)
      askAgain = true
      signedIn.set(null)
      try {
        await untilPopupEnds(result, opened, { onClosed: 'resolve' })
      } catch {
        // The server could not be told (popup blocked, no end_session_endpoint): this app has signed out.
        await forget()
      }
    },
    forget,
    getToken: async (scopes, { claims, interaction = 'fallback', signal } = {}) => {
      const account = msal.getActiveAccount()
      if (interaction === 'never' && (!account || claims)) throw new SignInRequiredError()
      if (!account || claims || interaction === 'force') return popup(scopes, claims, signal)
      try {
        const result = await abortable(msal.acquireTokenSilent({ scopes: [...scopes], account }), signal)
        return remember(result)
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError) || interaction === 'never') throw error
        return popup(scopes, undefined, signal)
      }
    },
  }
}
