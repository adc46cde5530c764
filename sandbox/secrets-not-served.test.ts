import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { Agent } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startServer, type RunningServer } from './server.ts'
import { httpsFetch } from './testing/https-request.ts'
import { pathTricks, secretFiles } from './testing/secret-files.ts'

// Two layouts that once served the signing key: the data folder inside the repository (`.data/`, what older
// versions used and a checkout may still hold) under Vite, and a data directory inside the static build.
const base = mkdtempSync(join(tmpdir(), 'sandbox-secrets-'))
const servers: { server: RunningServer; agent: Agent }[] = []

async function start(options: Parameters<typeof startServer>[0]) {
  const server = await startServer(options)
  const entry = { server, agent: new Agent({ ca: readFileSync(server.certPath, 'utf8') }) }
  servers.push(entry)
  return entry
}

afterAll(async () => {
  for (const { server, agent } of servers) {
    agent.destroy()
    await server.close()
  }
  rmSync(base, { recursive: true, force: true })
})

async function expectRefused(
  { server, agent }: { server: RunningServer; agent: Agent },
  secrets: { file: string; marker: string }[],
  paths: (file: string) => string[],
) {
  let asked = 0
  for (const { file, marker } of secrets) {
    for (const path of paths(file)) {
      const res = await httpsFetch(`${server.origin}${path}`, agent)
      expect(res.text, `${path} leaked ${file}`).not.toContain(marker)
      expect([400, 403, 404], `${path}: ${res.status}`).toContain(res.status)
      asked++
    }
  }
  expect(asked).toBeGreaterThanOrEqual(secrets.length * 7)
}

describe('development mode (Vite)', () => {
  const root = join(base, 'app')
  const dataDir = join(base, 'state')
  let dev: { server: RunningServer; agent: Agent }

  beforeAll(async () => {
    mkdirSync(root, { recursive: true })
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><title>dev app</title><script type="module" src="/main.js"></script>',
    )
    writeFileSync(join(root, 'main.js'), 'document.title = "ran"\n')
    dev = await start({ port: 0, host: 'localhost', dataDir, app: { mode: 'dev', root } })
    // What a checkout of an older version still holds: the same secrets in <repo>/.data.
    cpSync(dataDir, join(root, '.data'), { recursive: true })
  })

  it('serves the app', async () => {
    const index = await httpsFetch(`${dev.server.origin}/`, dev.agent)
    expect([index.status, index.text]).toEqual([200, expect.stringContaining('dev app')])
    expect((await httpsFetch(`${dev.server.origin}/main.js`, dev.agent)).text).toContain('document.title')
  })

  it('never serves a secret of the data directory, however the path is spelled', async () => {
    await expectRefused(dev, secretFiles(dataDir), (file) => [
      ...pathTricks(file, undefined, dataDir),
      `/../state/${file}`,
      `/%2e%2e/state/${file}`,
      `/@fs${root}/../state/${file}?raw`,
    ])
  })

  it('never serves the old in-repository .data folder either', async () => {
    await expectRefused(dev, secretFiles(join(root, '.data')), (file) =>
      pathTricks(file, '/.data', join(root, '.data')),
    )
  })
})

describe('static mode (the production build)', () => {
  const dist = join(base, 'dist')
  const dataDir = join(dist, '.data')
  let built: { server: RunningServer; agent: Agent }

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'), { recursive: true })
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>built app</title>')
    built = await start({ port: 0, host: 'localhost', dataDir, app: { mode: 'static', dir: dist } })
  })

  it('never serves a secret, even with DATA_DIR inside the build', async () => {
    expect((await httpsFetch(`${built.server.origin}/`, built.agent)).text).toContain('built app')
    await expectRefused(built, secretFiles(dataDir), (file) => pathTricks(file, '/.data', dataDir))
  })
})
