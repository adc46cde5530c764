/**
 * The names the app, the sign-in server and the sandbox API must agree on. One string each: jose compares
 * `iss` and `aud` exactly, and MSAL's knownAuthorities must match the authority's host:port.
 */
export const CLIENT_ID = 'session-composer'
export const RESOURCE = 'api://session-composer-sandbox'
export const SCOPE_NAME = 'CallRecords.ReadWrite.All'
export const READ_SCOPE_NAME = 'CallRecords.Read.All'
export const SCOPE = `${RESOURCE}/${SCOPE_NAME}`
/** A fixed tenant id so `tid` looks like Entra's and stays the same across restarts. */
export const SANDBOX_TENANT_ID = '5a0d5a0d-0000-4000-8000-5a4db0c5e55e'
export const DEMO_LOGIN = 'admin@contoso.sandbox'

export function issuerFor(origin: string): string {
  return `${origin}/oidc`
}

export function redirectUrisFor(origin: string): string[] {
  return [`${origin}/`, `${origin}/redirect.html`]
}
