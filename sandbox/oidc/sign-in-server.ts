import type { IncomingMessage, ServerResponse } from 'node:http'
import Provider, { type OidcContext } from 'oidc-provider'
import { CLIENT_ID, issuerFor, READ_SCOPE_NAME, redirectUrisFor, RESOURCE, SCOPE } from '../identity.ts'
import type { Db } from '../store/database.ts'
import { demoAccount } from './demo-account.ts'
import { interactionUrl } from './interactions.ts'
import { errorPage, logoutPage, signedOutPage } from './pages.ts'
import type { Secrets } from './secrets.ts'
import { sqliteAdapter } from './sqlite-adapter.ts'

const DAY = 24 * 3600
const RESOURCE_SCOPES = [SCOPE, `${RESOURCE}/${READ_SCOPE_NAME}`]

/**
 * The local sign-in server (oidc-provider) for MSAL v5: one public SPA client, auth code + PKCE, JWT access
 * tokens for the sandbox API, refresh tokens. MSAL never sends `resource` and wants a JWT it can hand to an
 * API, hence the resource-indicator settings below.
 */
export function createSignInServer(origin: string, secrets: Secrets, db: Db): Provider {
  const provider = new Provider(issuerFor(origin), {
    adapter: sqliteAdapter(db),
    clients: [
      {
        client_id: CLIENT_ID,
        client_name: 'Session Composer',
        token_endpoint_auth_method: 'none',
        grant_types: ['authorization_code', 'refresh_token'],
        response_types: ['code'],
        redirect_uris: redirectUrisFor(origin),
        // The app's page, and the popup bridge a sign-out window returns through (MSAL's logoutPopup).
        post_logout_redirect_uris: redirectUrisFor(origin),
      },
    ],
    responseTypes: ['code'],
    jwks: { keys: [secrets.signingKey] },
    cookies: { keys: secrets.cookieKeys },
    claims: { openid: ['sub'], profile: ['name', 'preferred_username'], email: ['email'] },
    findAccount: (_ctx, id) => {
      const { sub, ...claims } = demoAccount(id)
      return Promise.resolve({ accountId: id, claims: () => Promise.resolve({ sub, ...claims }) })
    },
    // The sandbox trusts its only client: grant its scopes up front so the login form is the only page.
    loadExistingGrant: async (ctx: OidcContext) => {
      const { client, session, result } = ctx.oidc
      if (!client || !session) return undefined
      const grantId = result?.consent?.grantId ?? session.grantIdFor(client.clientId)
      const existing = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined
      const grant =
        existing ?? new ctx.oidc.provider.Grant({ accountId: session.accountId, clientId: client.clientId })
      grant.addOIDCScope('openid profile email offline_access')
      grant.addResourceScope(RESOURCE, RESOURCE_SCOPES.join(' '))
      await grant.save()
      return grant
    },
    // The app redeems codes from the browser (MSAL's fetch carries an Origin): allow the origins of its
    // redirect URIs, which is the app's own origin (oidc-provider 8 refuses every Origin unless told).
    clientBasedCORS: (_ctx, origin, client) =>
      (client.redirectUris ?? []).some((uri) => new URL(uri).origin === origin),
    // MSAL does not always ask for offline_access; refresh tokens keep acquireTokenSilent working.
    issueRefreshToken: (_ctx, client) => Promise.resolve(client.grantTypeAllowed('refresh_token')),
    extraTokenClaims: (_ctx, token) => {
      if (!token.accountId) return Promise.resolve(undefined)
      const { oid, tid, name, preferred_username } = demoAccount(token.accountId)
      const scp = (token.scope ?? '')
        .split(' ')
        .filter((scope) => scope.startsWith(`${RESOURCE}/`))
        .map((scope) => scope.slice(RESOURCE.length + 1))
        .join(' ')
      return Promise.resolve({ scp, oid, tid, name, preferred_username })
    },
    interactions: { url: (_ctx, interaction) => Promise.resolve(interactionUrl(interaction.uid)) },
    renderError: (ctx, out) => {
      ctx.type = 'html'
      ctx.body = errorPage(out)
      return Promise.resolve()
    },
    features: {
      devInteractions: { enabled: false },
      revocation: { enabled: true },
      rpInitiatedLogout: {
        enabled: true,
        logoutSource: (ctx, form) => {
          ctx.body = logoutPage(new URL(origin).host, form)
          return Promise.resolve()
        },
        postLogoutSuccessSource: (ctx) => {
          ctx.body = signedOutPage()
          return Promise.resolve()
        },
      },
      resourceIndicators: {
        enabled: true,
        // MSAL never sends `resource`: the requested scope names it.
        defaultResource: (ctx, _client, oneOf) => {
          if (oneOf) return Promise.resolve(oneOf.includes(RESOURCE) ? RESOURCE : oneOf)
          const scope = ctx.oidc.params?.scope
          const wanted =
            typeof scope === 'string' && scope.split(' ').some((s) => s.startsWith(`${RESOURCE}/`))
          return Promise.resolve(wanted ? RESOURCE : undefined)
        },
        // Otherwise the token endpoint falls back to an opaque token for userinfo.
        useGrantedResource: () => Promise.resolve(true),
        getResourceServerInfo: () =>
          Promise.resolve({
            scope: RESOURCE_SCOPES.join(' '),
            audience: RESOURCE,
            accessTokenTTL: 3600,
            accessTokenFormat: 'jwt',
            jwt: { sign: { alg: 'RS256' } },
          }),
      },
    },
    ttl: {
      AccessToken: 3600,
      AuthorizationCode: 60,
      IdToken: 3600,
      Interaction: 3600,
      Grant: 14 * DAY,
      Session: 14 * DAY,
      RefreshToken: 14 * DAY,
    },
  })
  provider.on('server_error', (_ctx, error) => {
    console.error('[sign-in server]', error)
  })
  return provider
}

/** Serves the provider under `/oidc`: it routes on the path without the prefix and rebuilds its URLs
 * from `originalUrl`. */
export function mountedHandler(provider: Provider, prefix: string) {
  const callback = provider.callback()
  return (req: IncomingMessage & { originalUrl?: string }, res: ServerResponse): Promise<void> => {
    const url = req.url ?? '/'
    req.originalUrl = url
    req.url = url.slice(prefix.length) || '/'
    if (!req.url.startsWith('/')) req.url = `/${req.url}`
    return callback(req, res)
  }
}
