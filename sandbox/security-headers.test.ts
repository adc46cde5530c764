import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CLIENT_ID, SCOPE } from './identity.ts'
import { startServer, type RunningServer } from './server.ts'
import { httpsFetch, type TestResponse } from './testing/https-request.ts'

const root = mkdtempSync(join(tmpdir(), 'sandbox-headers-'))
const dist = join(root, 'dist')
let server: RunningServer
let agent: Agent
const fetchPath = (path: string, options?: Parameters<typeof httpsFetch>[2]) =>
  httpsFetch(`${server.origin}${path}`, agent, options)

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(
    join(dist, 'index.html'),
    '<!doctype html><title>app</title><script type="module" src="/assets/app.js"></script>',
  )
  writeFileSync(join(dist, 'redirect.html'), '<!doctype html><title>bridge</title>')
  writeFileSync(join(dist, 'assets', 'app.js'), 'export {}')
  server = await startServer({
    port: 0,
    host: 'localhost',
    dataDir: join(root, 'data'),
    app: { mode: 'static', dir: dist },
  })
  agent = new Agent({ ca: readFileSync(server.certPath, 'utf8') })
})
afterAll(async () => {
  agent.destroy()
  await server.close()
  rmSync(root, { recursive: true, force: true })
})

/** The CSP as directive → sources. */
function policy(res: TestResponse): Map<string, string[]> {
  const header = res.headers['content-security-policy']
  expect(header, `no CSP on ${res.status} ${res.text.slice(0, 80)}`).toBeTypeOf('string')
  return new Map(
    String(header)
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .map(([name = '', ...sources]) => [name, sources]),
  )
}

function expectHardened(res: TestResponse, frameAncestors = "'none'") {
  const csp = policy(res)
  expect(csp.get('frame-ancestors')).toEqual([frameAncestors])
  expect(csp.get('default-src')?.length).toBeGreaterThan(0)
  expect(csp.get('script-src') ?? csp.get('default-src')).not.toContain("'unsafe-inline'")
  expect(csp.get('script-src') ?? csp.get('default-src')).not.toContain("'unsafe-eval'")
  expect(res.headers['x-content-type-options']).toBe('nosniff')
  expect(res.headers['referrer-policy']).toBe('same-origin')
  return csp
}

describe('security headers on every response', () => {
  it('the app, its files, its 404s and its bridge page', async () => {
    for (const path of ['/', '/sessions/1', '/assets/app.js', '/assets/missing.js', '/.data/x.json']) {
      const csp = expectHardened(await fetchPath(path))
      expect(csp.get('script-src')).toEqual(["'self'"])
      expect(csp.get('object-src')).toEqual(["'none'"])
      expect(csp.get('base-uri')).toEqual(["'none'"])
    }
    expect((await fetchPath('/')).headers['x-frame-options']).toBe('DENY')
    // MSAL's hidden iframe, on this origin, may land on the bridge page; no other site may frame it.
    const bridge = await fetchPath('/redirect.html')
    expectHardened(bridge, "'self'")
    expect(bridge.headers['x-frame-options']).toBe('SAMEORIGIN')
    expectHardened(await fetchPath('/', { method: 'POST', body: 'x' }))
  })

  it('the sign-in pages, whose one inline style is allowed by its hash and nothing else', async () => {
    const authorize = new URLSearchParams({
      client_id: CLIENT_ID,
      redirect_uri: `${server.origin}/`,
      response_type: 'code',
      scope: `openid ${SCOPE}`,
      code_challenge: createHash('sha256').update('x'.repeat(43)).digest('base64url'),
      code_challenge_method: 'S256',
    })
    const redirect = await fetchPath(`/oidc/auth?${authorize}`)
    expectHardened(redirect)
    const login = await fetchPath(new URL(redirect.headers.location ?? '', server.origin).pathname, {
      headers: {
        Cookie: (redirect.headers['set-cookie'] ?? []).map((cookie) => cookie.split(';')[0]).join('; '),
      },
    })
    expect(login.status).toBe(200)
    const csp = expectHardened(login)
    const style = /<style>([\s\S]*?)<\/style>/.exec(login.text)?.[1] ?? ''
    expect(csp.get('style-src')).toEqual([`'sha256-${createHash('sha256').update(style).digest('base64')}'`])
    expect(csp.get('default-src')).toEqual(["'none'"])
    expect(login.text).not.toMatch(/<script|\sstyle="|\son\w+="/)

    // Errors that Koa answers after clearing every header, and the JSON endpoints.
    const error = await fetchPath('/oidc/auth?client_id=nobody')
    expect(error.status).toBe(400)
    expectHardened(error)
    expectHardened(await fetchPath('/oidc/.well-known/openid-configuration'))
    expectHardened(await fetchPath('/oidc/interaction/stale'))
  })

  it('the API and the presenter tools, which are never cached', async () => {
    const responses = [
      await fetchPath('/beta/communications/callRecords/x/sessions'),
      await fetchPath('/beta/nothing'),
      await fetchPath('/beta/communications/callRecords/x/sessions', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: Buffer.alloc(4 * 1024 * 1024 + 1, 0x20),
      }),
      await fetchPath('/_sandbox/health'),
      await fetchPath('/_sandbox/faults', { method: 'PUT' }),
    ]
    expect(responses.map((res) => res.status)).toEqual([401, 404, 413, 200, 405])
    for (const res of responses) {
      expect(expectHardened(res).get('default-src')).toEqual(["'none'"])
      expect(res.headers['cache-control']).toBe('no-store')
    }
  })
})
