import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { READ_SCOPE_NAME } from './identity.ts'
import { expectGraphError } from './testing/expectations.ts'
import { SAMPLE_SESSION } from './testing/sample-session.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'

let t: TestServer
const SESSIONS = '/beta/communications/callRecords/auth/sessions'

beforeAll(async () => {
  t = await startTestServer()
})
afterAll(() => t.dispose())

const send = (token: string | undefined, method = 'POST') =>
  t.fetch(SESSIONS, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: method === 'POST' ? SAMPLE_SESSION : undefined,
  })

async function expectUnauthorized(token: string | undefined, message: string) {
  const res = await send(token)
  expect(expectGraphError(res, 401, 'InvalidAuthenticationToken').message).toBe(message)
  const challenge = res.headers['www-authenticate'] ?? ''
  expect(challenge).toMatch(new RegExp(`^Bearer realm="", authorization_uri="${t.server.issuer}/auth"`))
  if (token) expect(challenge).toContain('error="invalid_token"')
}

describe('401 InvalidAuthenticationToken, as Graph answers it', () => {
  it('without a token', async () => {
    await expectUnauthorized(undefined, 'Access token is empty.')
  })

  it('for an expired token', async () => {
    const now = Math.floor(Date.now() / 1000)
    await expectUnauthorized(
      await t.token({ iat: now - 7200, exp: now - 3600 }),
      'Lifetime validation failed, the token is expired.',
    )
  })

  it('for a token meant for another audience', async () => {
    await expectUnauthorized(
      await t.token({ aud: 'https://graph.microsoft.com' }),
      'Access token validation failure. Invalid audience.',
    )
  })

  it('for a token from another issuer', async () => {
    const token = await t.token({ iss: 'https://login.microsoftonline.com/common/v2.0' })
    await expectUnauthorized(token, 'Access token validation failure. Invalid issuer.')
  })

  it('for a token signed with another key', async () => {
    await expectUnauthorized(
      await t.token({}, { foreignKey: true }),
      'Access token validation failure. Invalid signature.',
    )
  })

  it('for something that is not a JWT', async () => {
    await expectUnauthorized(
      'not-a-jwt',
      'Access token validation failure. The token is not a well-formed JWT.',
    )
  })
})

describe('403 without the permission', () => {
  it('refuses a valid token that lacks CallRecords.ReadWrite.All', async () => {
    const error = expectGraphError(await send(await t.token({ scp: 'User.Read' })), 403, 'Forbidden')
    expect(error.message).toContain('CallRecords.ReadWrite.All')
  })

  it('lets CallRecords.Read.All read but not write', async () => {
    const reader = await t.token({ scp: `User.Read ${READ_SCOPE_NAME}` })
    expect((await send(reader, 'GET')).status).toBe(200)
    expectGraphError(await send(reader), 403, 'Forbidden')
  })

  it('accepts the same request with the permission', async () => {
    expect((await send(await t.token())).status).toBe(201)
  })
})
