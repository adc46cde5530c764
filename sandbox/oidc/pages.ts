import { createHash } from 'node:crypto'

/**
 * The sign-in server's own pages. Self-contained (inline styles, no web fonts): the sandbox works with no
 * internet, and a presenter's projector shows them, so they follow the system's light or dark scheme.
 */
const STYLE = `
:root { color-scheme: light dark; --fg: #242424; --bg: #f5f5f5; --card: #fff; --muted: #616161; --brand: #0f6cbd; --brand-bg: #0f6cbd; --error: #b10e1c; }
@media (prefers-color-scheme: dark) { :root { --fg: #fff; --bg: #1f1f1f; --card: #292929; --muted: #d6d6d6; --brand: #479ef5; --brand-bg: #115ea3; --error: #f1707b; } }
body { margin: 0; min-height: 100vh; display: grid; place-items: center; background: var(--bg); color: var(--fg);
  font: 16px/1.5 "Segoe UI", system-ui, -apple-system, sans-serif; }
main { background: var(--card); padding: 2rem; border-radius: 8px; box-shadow: 0 2px 8px rgba(0,0,0,.15); width: min(22rem, 90vw); }
h1 { font-size: 1.5rem; font-weight: 600; margin: 0 0 .25rem; }
p { margin: 0 0 1rem; color: var(--muted); }
label { display: block; font-weight: 600; margin-top: .75rem; }
input { box-sizing: border-box; width: 100%; font: inherit; padding: .5rem; margin-top: .25rem; border: 1px solid var(--muted);
  border-radius: 4px; background: var(--card); color: var(--fg); }
button { font: inherit; font-weight: 600; padding: .5rem 1rem; border-radius: 4px; border: 1px solid var(--brand); cursor: pointer; }
button.primary { background: var(--brand-bg); border-color: var(--brand-bg); color: #fff; margin-top: 1.25rem; width: 100%; }
button.secondary { background: transparent; color: var(--brand); margin-top: .5rem; width: 100%; }
:focus-visible { outline: 2px solid var(--brand); outline-offset: 2px; }
.error { color: var(--error); font-weight: 600; }
a { color: var(--brand); font-weight: 600; }
pre { white-space: pre-wrap; word-break: break-word; }
`

/** The CSP source that allows the pages' one inline style, and nothing else: they carry no script. */
export const PAGE_STYLE_SOURCE = `'sha256-${createHash('sha256').update(STYLE).digest('base64')}'`

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`)
}

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title><link rel="icon" type="image/svg+xml" href="/favicon.svg"><style>${STYLE}</style></head><body><main>${body}</main></body></html>`
}

export function loginPage(options: {
  action: string
  abort: string
  demoLogin: string
  login?: string
  error?: string
}): string {
  const error = options.error ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>` : ''
  return page(
    'Sign in — Session Composer sandbox',
    `<h1>Sign in</h1>
<p>Session Composer's local sandbox. Any login works; the demo login is <strong>${escapeHtml(options.demoLogin)}</strong> with any password.</p>
${error}
<form method="post" action="${escapeHtml(options.action)}">
<label for="login">Login</label>
<input id="login" name="login" type="text" autocomplete="username" required autofocus value="${escapeHtml(options.login ?? options.demoLogin)}">
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password">
<button class="primary" type="submit">Sign in</button>
</form>
<form method="post" action="${escapeHtml(options.abort)}"><button class="secondary" type="submit">Cancel</button></form>`,
  )
}

export function logoutPage(host: string, form: string): string {
  return page(
    'Sign out — Session Composer sandbox',
    `<h1>Sign out of ${escapeHtml(host)}?</h1>${form}
<button class="primary" autofocus type="submit" form="op.logoutForm" value="yes" name="logout">Yes, sign me out</button>
<button class="secondary" type="submit" form="op.logoutForm">No, stay signed in</button>`,
  )
}

export function signedOutPage(): string {
  return page('Signed out — Session Composer sandbox', '<h1>Signed out</h1><p>You can close this window.</p>')
}

/** For a sign-in link that expired, was already used, or belongs to another browser. */
export function staleSignInPage(appUrl: string): string {
  return page(
    'Sign-in expired — Session Composer sandbox',
    `<h1>This sign-in has expired</h1>
<p>The link was already used, is too old, or was opened in another browser. Start again from the app.</p>
<p><a href="${escapeHtml(appUrl)}">Back to Session Composer</a></p>`,
  )
}

export function errorPage(out: Record<string, string>): string {
  const lines = Object.entries(out)
    .map(([key, value]) => `<pre><strong>${escapeHtml(key)}</strong>: ${escapeHtml(value)}</pre>`)
    .join('')
  return page('Sign-in error — Session Composer sandbox', `<h1>Something went wrong</h1>${lines}`)
}
