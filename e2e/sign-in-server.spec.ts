import { createHash, randomBytes } from 'node:crypto'
import { expect, test } from '@playwright/test'
import { z } from 'zod'

const discovery = z
  .object({
    issuer: z.string(),
    authorization_endpoint: z.string(),
    token_endpoint: z.string(),
    jwks_uri: z.string(),
    end_session_endpoint: z.string(),
    code_challenge_methods_supported: z.array(z.string()),
  })
  .loose()

const tokenResponse = z
  .object({ access_token: z.string(), id_token: z.string(), token_type: z.literal('Bearer') })
  .loose()

test('the sign-in server publishes its OpenID configuration on the app origin', async ({ page, baseURL }) => {
  const response = await page.goto('/oidc/.well-known/openid-configuration')
  expect(response?.status()).toBe(200)
  const issuer = `${baseURL}/oidc`
  const config = discovery.parse(await response?.json())
  expect(config).toMatchObject({
    issuer,
    authorization_endpoint: `${issuer}/auth`,
    token_endpoint: `${issuer}/token`,
    jwks_uri: `${issuer}/jwks`,
    end_session_endpoint: `${issuer}/session/end`,
  })
  expect(config.code_challenge_methods_supported).toEqual(['S256'])
})

test('the sandbox login page signs in and returns to the redirect URI with a code that buys a token', async ({
  page,
  baseURL,
}) => {
  const verifier = randomBytes(32).toString('base64url')
  const redirectUri = `${baseURL}/`
  const authorize = new URLSearchParams({
    client_id: 'session-composer',
    redirect_uri: redirectUri,
    response_type: 'code',
    scope: 'openid profile api://session-composer-sandbox/CallRecords.ReadWrite.All',
    code_challenge: createHash('sha256').update(verifier).digest('base64url'),
    code_challenge_method: 'S256',
    state: 'e2e-state',
    nonce: 'e2e-nonce',
  })

  await page.goto(`/oidc/auth?${authorize}`)
  await page.getByLabel('Login').fill('admin@contoso.sandbox')
  await page.getByLabel('Password').fill('any password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await page.waitForURL((url) => url.href.startsWith(redirectUri) && url.searchParams.has('code'))

  const landed = new URL(page.url())
  expect(landed.pathname).toBe('/')
  expect(landed.searchParams.get('state')).toBe('e2e-state')
  expect(landed.searchParams.get('iss')).toBe(`${baseURL}/oidc`)

  // Redeem the code from the page, same origin, as MSAL does, then call the sandbox API with the token.
  const result = await page.evaluate(
    async ({ code, verifier, redirectUri }) => {
      const token = await fetch('/oidc/token', {
        method: 'POST',
        body: new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: 'session-composer',
          code,
          code_verifier: verifier,
          redirect_uri: redirectUri,
        }),
      })
      const tokens: unknown = await token.json()
      const accessToken =
        typeof tokens === 'object' && tokens !== null && 'access_token' in tokens
          ? String(tokens.access_token)
          : ''
      const api = await fetch('/beta/communications/callRecords/e2e/sessions', {
        headers: { Authorization: `Bearer ${accessToken}` },
      })
      return { tokenStatus: token.status, tokens, apiStatus: api.status }
    },
    { code: landed.searchParams.get('code') ?? '', verifier, redirectUri },
  )
  expect(result.tokenStatus).toBe(200)
  expect(tokenResponse.parse(result.tokens).token_type).toBe('Bearer')
  expect(result.apiStatus).toBe(200)
})
