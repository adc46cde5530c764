import { LogLevel, type Configuration } from '@azure/msal-browser'
import type { AuthTarget } from './auth-session.ts'
import { safeLogLine } from './safe-log.ts'

/** The popup returns through this page (MSAL v5's redirect bridge); it must be a registered redirect URI. */
export function redirectUriFor(origin: string): string {
  return `${origin}/redirect.html`
}

type Log = (level: 'error' | 'warning', line: string) => void

const consoleLog: Log = (level, line) => {
  if (level === 'error') console.error('[msal]', line)
  else console.warn('[msal]', line)
}

// MSAL v5 logs codes, not sentences (msal-common's log-strings-mapping.json has the text). "1ub6wv": the
// token response had no client_info, so the account is keyed by its `sub` claim. Only Entra ID sends
// client_info; from any other OpenID Connect server (the sandbox's) that is expected, not worth a warning.
const EXPECTED_WITH_OIDC = /\bWarning - 1ub6wv\b/

/**
 * MSAL for one target. OpenID Connect servers (the sandbox's) need `protocolMode: 'OIDC'` and their
 * host:port in `knownAuthorities`, or MSAL tries Entra instance discovery on the internet; Entra ID needs
 * neither. The cache stays in sessionStorage (MSAL's own), the one place a token may live.
 */
export function msalConfiguration(target: AuthTarget, origin: string, log: Log = consoleLog): Configuration {
  const oidc = target.protocol === 'OIDC'
  const host = new URL(target.authority).host
  return {
    auth: {
      clientId: target.clientId,
      authority: target.authority,
      redirectUri: redirectUriFor(origin),
      postLogoutRedirectUri: `${origin}/`,
      ...(oidc ? { knownAuthorities: [host], OIDCOptions: { defaultScopes: ['openid', 'profile'] } } : {}),
    },
    cache: { cacheLocation: 'sessionStorage' },
    system: {
      ...(oidc ? { protocolMode: 'OIDC' as const } : {}),
      loggerOptions: {
        piiLoggingEnabled: false,
        logLevel: LogLevel.Warning,
        loggerCallback: (level, message, containsPii) => {
          if (oidc && EXPECTED_WITH_OIDC.test(message)) return
          const line = safeLogLine(message, containsPii)
          if (line !== null) log(level === LogLevel.Error ? 'error' : 'warning', line)
        },
      },
    },
  }
}
