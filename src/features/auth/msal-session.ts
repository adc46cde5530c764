import {
  InteractionRequiredAuthError,
  PublicClientApplication,
  type AccountInfo,
  type AuthenticationResult,
} from '@azure/msal-browser'
import { Store } from '#src/lib/store/store.ts'
import { SignInRequiredError, type AuthAccount, type AuthSession, type AuthTarget } from './auth-session.ts'
import { msalConfiguration, redirectUriFor } from './msal-configuration.ts'

function toAccount(account: AccountInfo | null): AuthAccount | null {
  return account ? { id: account.homeAccountId, name: account.name, username: account.username } : null
}

/**
 * MSAL for one target, loaded on demand (this module is the app's only route to `@azure/msal-browser`, so
 * the library stays out of the first download).
 */
export async function createMsalSession(target: AuthTarget, origin: string): Promise<AuthSession> {
  const msal = new PublicClientApplication(msalConfiguration(target, origin))
  await msal.initialize()
  const cached = msal.getActiveAccount() ?? msal.getAllAccounts()[0] ?? null
  if (cached) msal.setActiveAccount(cached)
  const redirectUri = redirectUriFor(origin)
  // After Sign out, the next Sign in asks again instead of riding on the sign-in server's session cookie.
  let askAgain = false
  const signedIn = new Store(toAccount(msal.getActiveAccount()))

  const remember = (result: AuthenticationResult): string => {
    const changed = result.account.homeAccountId !== msal.getActiveAccount()?.homeAccountId
    msal.setActiveAccount(result.account)
    askAgain = false
    if (changed) signedIn.set(toAccount(result.account))
    return result.accessToken
  }

  const popup = async (scopes: readonly string[], claims?: string): Promise<string> => {
    const account = msal.getActiveAccount() ?? undefined
    const prompt = askAgain ? (target.protocol === 'OIDC' ? 'login' : 'select_account') : undefined
    const result = await msal.acquireTokenPopup({ scopes: [...scopes], account, claims, prompt, redirectUri })
    return remember(result)
  }

  return {
    account: signedIn,
    signIn: async () => {
      await popup(target.scopes)
    },
    signOut: async () => {
      const account = msal.getActiveAccount()
      await msal.clearCache(account ? { account } : undefined)
      msal.setActiveAccount(null)
      askAgain = true
      signedIn.set(null)
    },
    getToken: async (scopes, { claims, interaction = 'fallback' } = {}) => {
      const account = msal.getActiveAccount()
      if (interaction === 'never' && (!account || claims)) throw new SignInRequiredError()
      if (!account || claims || interaction === 'force') return popup(scopes, claims)
      try {
        const result = await msal.acquireTokenSilent({ scopes: [...scopes], account })
        return remember(result)
      } catch (error) {
        if (!(error instanceof InteractionRequiredAuthError) || interaction === 'never') throw error
        return popup(scopes)
      }
    },
  }
}
