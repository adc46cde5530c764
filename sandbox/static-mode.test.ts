import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startServer, type RunningServer } from './server.ts'
import { httpsFetch } from './testing/https-request.ts'

const root = mkdtempSync(join(tmpdir(), 'sandbox-static-'))
const dist = join(root, 'dist')
let server: RunningServer
let agent: Agent
const fetchPath = (path: string) => httpsFetch(`${server.origin}${path}`, agent)

beforeAll(async () => {
  mkdirSync(join(dist, 'assets'), { recursive: true })
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title>')
  writeFileSync(join(dist, 'assets', 'main-abc123.js'), 'export {}')
  writeFileSync(join(root, 'secret.txt'), 'not for the web')
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

it('serves the build with immutable caching for hashed assets and index.html for client routes', async () => {
  const index = await fetchPath('/')
  expect([index.status, index.text, index.headers['cache-control']]).toEqual([
    200,
    '<!doctype html><title>app</title>',
    'no-cache',
  ])
  expect((await fetchPath('/sessions/42?x=1')).text).toBe(index.text)

  const asset = await fetchPath('/assets/main-abc123.js')
  expect(asset.status).toBe(200)
  expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8')
  expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable')

  expect((await fetchPath('/assets/missing.js')).status).toBe(404)
  for (const escape of ['/%2e%2e/secret.txt', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt']) {
    const res = await fetchPath(escape)
    expect([res.status, res.text]).toEqual([404, 'Not found'])
  }
})

it('still routes the API, the sign-in server and the presenter tools past the app', async () => {
  expect((await fetchPath('/beta/communications/callRecords/x/sessions')).status).toBe(401)
  expect((await fetchPath('/oidc/.well-known/openid-configuration')).text).toContain(
    `"issuer":"${server.issuer}"`,
  )
  expect((await fetchPath('/_sandbox/health')).status).toBe(200)
})
