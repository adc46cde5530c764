import { createHash, randomBytes } from 'node:crypto'
import { decodeJwt, decodeProtectedHeader } from 'jose'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { z } from 'zod'
import { CLIENT_ID, DEMO_LOGIN, RESOURCE, SANDBOX_TENANT_ID, SCOPE } from './identity.ts'
import { CookieJar } from './testing/cookie-jar.ts'
import type { TestResponse } from './testing/https-request.ts'
import { SAMPLE_SESSION } from './testing/sample-session.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'

let t: TestServer
beforeAll(async () => {
  t = await startTestServer()
})
afterAll(() => t.dispose())

const tokens = z.object({
  access_token: z.string(),
  id_token: z.string(),
  refresh_token: z.string(),
  token_type: z.literal('Bearer'),
  scope: z.string(),
})

function form(fields: Record<string, string>) {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  }
}

/** The redirect target, as a path on the server. */
function next(res: TestResponse): string {
  expect(res.status, res.text).toBeGreaterThanOrEqual(302)
  expect(res.status).toBeLessThanOrEqual(303)
  const location = new URL(res.headers.location ?? '', t.server.origin)
  return location.pathname + location.search
}

it('runs authorization code + PKCE through the sandbox login page and issues a JWT the API accepts', async () => {
  const jar = new CookieJar()
  const get = async (path: string) => {
    const res = await t.fetch(path, { headers: jar.header() })
    jar.take(res)
    return res
  }
  const verifier = randomBytes(32).toString('base64url')
  const redirectUri = `${t.server.origin}/`
  const authorize = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: `openid profile offline_access ${SCOPE}`,
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state: 'state-1',
    nonce: 'nonce-1',
  })

  const loginPage = await get(next(await get(`/oidc/auth?${authorize}`)))
  expect(loginPage.status).toBe(200)
  expect(loginPage.text).toContain('name="login"')
  // Self-contained: nothing from elsewhere, no script; the one link is the app's own icon on the same origin.
  expect(loginPage.text).toContain('<link rel="icon" type="image/svg+xml" href="/favicon.svg">')
  expect(loginPage.text).not.toMatch(
    /https?:\/\/|@import|<link(?! rel="icon" type="image\/svg\+xml" href="\/favicon\.svg">)|<script/,
  )
  const action = new URL(/<form[^>]*action="([^"]+)"/.exec(loginPage.text)?.[1] ?? '', t.server.origin)
  expect(action.pathname).toMatch(/^\/oidc\/interaction\/[\w-]+\/login$/)
  const empty = await t.fetch(action.pathname, {
    ...form({ login: '' }),
    headers: { ...form({}).headers, ...jar.header() },
  })
  expect([empty.status, empty.text.includes('Enter a login')]).toEqual([400, true])

  const submitted = await t.fetch(action.pathname, {
    ...form({ prompt: 'login', login: DEMO_LOGIN, password: 'anything' }),
    headers: { ...form({}).headers, ...jar.header() },
  })
  jar.take(submitted)
  const callback = new URL(next(await get(next(submitted))), t.server.origin)
  expect(`${callback.origin}${callback.pathname}`).toBe(redirectUri)
  expect(callback.searchParams.get('state')).toBe('state-1')
  expect(callback.searchParams.get('iss')).toBe(t.server.issuer)
  expect(jar.attributes.length).toBeGreaterThan(0)
  expect(jar.attributes.every((attributes) => attributes.includes('secure'))).toBe(true)

  const exchanged = await t.fetch(
    '/oidc/token',
    form({
      grant_type: 'authorization_code',
      code: callback.searchParams.get('code') ?? '',
      redirect_uri: redirectUri,
      client_id: CLIENT_ID,
      code_verifier: verifier,
    }),
  )
  expect(exchanged.status, exchanged.text).toBe(200)
  const issued = tokens.parse(JSON.parse(exchanged.text))
  expect(decodeProtectedHeader(issued.access_token)).toMatchObject({ typ: 'at+jwt', alg: 'RS256' })
  expect(decodeJwt(issued.access_token)).toMatchObject({
    iss: t.server.issuer,
    aud: RESOURCE,
    client_id: CLIENT_ID,
    sub: DEMO_LOGIN,
    scope: SCOPE,
    scp: 'CallRecords.ReadWrite.All',
    tid: SANDBOX_TENANT_ID,
    name: 'Sandbox Admin',
    preferred_username: DEMO_LOGIN,
  })
  expect(decodeJwt(issued.id_token)).toMatchObject({
    nonce: 'nonce-1',
    name: 'Sandbox Admin',
    preferred_username: DEMO_LOGIN,
  })

  const created = await t.fetch('/beta/communications/callRecords/signed-in/sessions', {
    method: 'POST',
    headers: { Authorization: `Bearer ${issued.access_token}`, 'Content-Type': 'application/json' },
    body: SAMPLE_SESSION,
  })
  expect(created.status, created.text).toBe(201)

  const refreshed = await t.fetch(
    '/oidc/token',
    form({ grant_type: 'refresh_token', refresh_token: issued.refresh_token, client_id: CLIENT_ID }),
  )
  expect(refreshed.status, refreshed.text).toBe(200)
  expect(decodeJwt(tokens.parse(JSON.parse(refreshed.text)).access_token)).toMatchObject({ aud: RESOURCE })
})

function expectStaleSignInPage(res: TestResponse) {
  expect(res.status, res.text).toBe(400)
  expect(res.headers['content-type']).toMatch(/^text\/html/)
  expect(res.text).toContain('This sign-in has expired')
  expect(res.text).toContain('Start again from the app')
  expect(res.text).toContain('<a href="/">')
}

it('answers a stale sign-in link with a page that says to start again, not an empty 500', async () => {
  expectStaleSignInPage(await t.fetch('/oidc/interaction/no-such-interaction'))
  expectStaleSignInPage(
    await t.fetch('/oidc/interaction/no-such-interaction/login', form({ login: DEMO_LOGIN })),
  )

  const jar = new CookieJar()
  const get = async (path: string) => {
    const res = await t.fetch(path, { headers: jar.header() })
    jar.take(res)
    return res
  }
  const authorize = new URLSearchParams({
    client_id: CLIENT_ID,
    redirect_uri: `${t.server.origin}/`,
    response_type: 'code',
    scope: `openid ${SCOPE}`,
    code_challenge: createHash('sha256')
      .update('verifier-for-a-stale-link-0123456789abcdef')
      .digest('base64url'),
    code_challenge_method: 'S256',
  })
  const interaction = next(await get(`/oidc/auth?${authorize}`))
  expect((await get(interaction)).status).toBe(200)
  const submitted = await t.fetch(`${interaction}/login`, {
    ...form({ login: DEMO_LOGIN }),
    headers: { ...form({}).headers, ...jar.header() },
  })
  jar.take(submitted)
  expect(next(await get(next(submitted)))).toMatch(/^\/\?code=/)
  // The same link again, from the same browser, once the sign-in it started is over.
  expectStaleSignInPage(await get(interaction))
})
