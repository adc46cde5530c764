import { createHash, randomBytes } from 'node:crypto'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { CLIENT_ID, DEMO_LOGIN, SCOPE } from './identity.ts'
import { CookieJar } from './testing/cookie-jar.ts'
import type { TestResponse } from './testing/https-request.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'

let t: TestServer
beforeAll(async () => {
  t = await startTestServer()
})
afterAll(() => t.dispose())

/** A browser's way through the sign-in server: cookies kept, redirects followed by hand. */
function browser() {
  const jar = new CookieJar()
  const send = async (path: string, fields?: Record<string, string>) => {
    const res = await t.fetch(
      path,
      fields
        ? {
            method: 'POST',
            headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...jar.header() },
            body: new URLSearchParams(fields).toString(),
          }
        : { headers: jar.header() },
    )
    jar.take(res)
    return res
  }
  return { send }
}

function location(res: TestResponse): URL {
  expect(res.status, res.text).toBeGreaterThanOrEqual(302)
  expect(res.status).toBeLessThanOrEqual(303)
  return new URL(res.headers.location ?? '', t.server.origin)
}

const path = (url: URL) => url.pathname + url.search

function authorizeUrl(): string {
  const verifier = randomBytes(32).toString('base64url')
  const query = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: `${t.server.origin}/redirect.html`,
    response_type: 'code',
    scope: `openid profile ${SCOPE}`,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state: 'state-1',
    nonce: 'nonce-1',
  })
  return `/oidc/auth?${query}`
}

it('ends the sign-in server’s session from a sign-out window (RP-initiated logout), so the next sign-in asks who', async () => {
  const { send } = browser()
  const loginPage = await send(path(location(await send(authorizeUrl()))))
  const action = /<form[^>]*action="([^"]+)"/.exec(loginPage.text)?.[1] ?? ''
  const signedIn = await send(action, { login: DEMO_LOGIN, password: 'any' })
  expect(location(await send(path(location(signedIn)))).pathname).toBe('/redirect.html')
  // Signed in: a second authorization needs no login page.
  expect(location(await send(authorizeUrl())).pathname).toBe('/redirect.html')

  const end = new URLSearchParams({
    client_id: CLIENT_ID,
    post_logout_redirect_uri: `${t.server.origin}/redirect.html`,
    state: 'sign-out-1',
  })
  const ask = await send(`/oidc/session/end?${end}`)
  expect(ask.status, ask.text).toBe(200)
  expect(ask.text).toContain('Yes, sign me out')
  // Self-contained like the login page: nothing from elsewhere, no script.
  expect(ask.text).not.toMatch(/https?:\/\/(?!localhost)|@import|<script/)
  const form = /<form[^>]*action="([^"]+)"/.exec(ask.text)?.[1] ?? ''
  const xsrf = /name="xsrf" value="([^"]+)"/.exec(ask.text)?.[1] ?? ''
  const back = location(await send(new URL(form, t.server.origin).pathname, { xsrf, logout: 'yes' }))
  const done = back.pathname.endsWith('/success') ? location(await send(path(back))) : back
  expect(done.pathname).toBe('/redirect.html')
  expect(done.searchParams.get('state')).toBe('sign-out-1')

  // Signed out there too: the next sign-in shows the login page again.
  expect(location(await send(authorizeUrl())).pathname).toMatch(/^\/oidc\/interaction\//)
})
