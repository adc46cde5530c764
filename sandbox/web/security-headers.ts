import type { ServerResponse } from 'node:http'

/** What a response belongs to: each gets the policy its pages need and nothing more. */
export type Surface = 'app' | 'bridge' | 'sign-in' | 'api'

export interface SecurityOptions {
  origin: string
  /** Vite's development server injects inline scripts (React refresh) and talks to its HMR websocket. */
  dev: boolean
  /** CSP sources (`'sha256-…'`) of the inline styles the sign-in pages carry. */
  signInStyles: readonly string[]
}

type Directives = Record<string, readonly string[]>

const SELF = "'self'"
const NONE = "'none'"

/**
 * The headers every response carries, by surface. The app may call any https target (Graph, Entra, a custom
 * endpoint) and a plain-http one on this machine (CSP has no syntax for an IPv6 literal such as [::1]), so
 * `connect-src` and `frame-src` (MSAL's silent iframe) allow those; scripts come only from this origin. Fluent UI's Griffel and CodeMirror write their styles at
 * run time, hence `'unsafe-inline'` for styles only. Nothing may frame a page, except that MSAL's hidden
 * iframe on this origin may load the sign-in bridge page (`/redirect.html`).
 */
export function securityHeaders({ origin, dev, signInStyles }: SecurityOptions) {
  const app = (frameAncestors: string): Directives => ({
    'default-src': [SELF],
    'script-src': dev ? [SELF, "'unsafe-inline'"] : [SELF],
    'style-src': [SELF, "'unsafe-inline'"],
    'img-src': [SELF, 'data:'],
    'font-src': [SELF],
    'connect-src': [
      SELF,
      ...(dev ? [origin.replace(/^https:/, 'wss:')] : []),
      'https:',
      'http://localhost:*',
      'http://127.0.0.1:*',
    ],
    'worker-src': [SELF],
    'frame-src': [SELF, 'https:'],
    'object-src': [NONE],
    'base-uri': [NONE],
    'form-action': [SELF],
    'frame-ancestors': [frameAncestors],
  })
  const headers: Record<Surface, Readonly<Record<string, string>>> = {
    app: headersOf('app', app(NONE)),
    bridge: headersOf('bridge', app(SELF)),
    'sign-in': headersOf('sign-in', {
      'default-src': [NONE],
      'style-src': signInStyles,
      'img-src': [SELF],
      'form-action': [SELF],
      'base-uri': [NONE],
      'frame-ancestors': [NONE],
    }),
    api: API_HEADERS,
  }
  return (surface: Surface) => headers[surface]
}

function headersOf(surface: Surface, directives: Directives): Readonly<Record<string, string>> {
  return {
    'Content-Security-Policy': Object.entries(directives)
      .map(([name, sources]) => [name, ...sources].join(' '))
      .join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': surface === 'bridge' ? 'SAMEORIGIN' : 'DENY',
    // Same-origin requests keep their Origin and Referer (the presenter tools check Origin); nothing leaks to
    // other sites, such as a sign-in code in redirect.html's query.
    'Referrer-Policy': 'same-origin',
    ...(surface === 'api' ? { 'Cache-Control': 'no-store' } : {}),
  }
}

/** JSON answers: nothing to load, nothing to frame, nothing to cache. Also what the server says before it is ready. */
export const API_HEADERS = headersOf('api', { 'default-src': [NONE], 'frame-ancestors': [NONE] })

/**
 * Sets `headers` on the response now, and again just before its head is written if a handler removed them
 * (Koa, under oidc-provider, clears every header when it answers an error). A handler's own value wins.
 */
export function keepHeaders(res: ServerResponse, headers: Readonly<Record<string, string>>): void {
  const restore = () => {
    for (const [name, value] of Object.entries(headers)) if (!res.hasHeader(name)) res.setHeader(name, value)
  }
  restore()
  const writeHead = res.writeHead.bind(res)
  res.writeHead = ((...args: Parameters<typeof writeHead>) => {
    restore()
    return writeHead(...args)
  }) as typeof res.writeHead
}
