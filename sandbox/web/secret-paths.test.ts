import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { secretPathGuard } from './secret-paths.ts'

const root = '/srv/app'
const state = '/home/u/.local/state/session-composer'
const refuses = secretPathGuard(root, [state, join(root, '.data')])

describe('secretPathGuard', () => {
  it('refuses every spelling of a path into a secret folder', () => {
    const tricks = [
      '/.data/signing-key.json',
      '/.data/signing-key.json?raw',
      '/.data/cookie-keys.json?import',
      '/.data/sandbox.db?raw&import',
      '/.DATA/key.pem',
      '/%2edata/signing-key.json',
      '/%2Edata%2Fsigning-key.json',
      '/%252edata/signing-key.json',
      '/%25252edata/signing-key.json',
      '/src/..%2f.data/signing-key.json',
      '/src/%2e%2e/.data/key.pem',
      '/src\\..\\.data\\key.pem',
      '/assets/../../home/u/.local/state/session-composer/key.pem',
      `/@fs${state}/signing-key.json`,
      `/@fs${state}/signing-key.json?raw`,
      `/@fs/home/u/.local/state/x/../session-composer/sandbox.db`,
      `/@fs${root}/.data/key.pem?import`,
      `/@id${state}/key.pem?raw`,
      `/@fs${encodeURIComponent(state)}/key.pem`,
      '/.git/config',
      '/.env.local',
      `/%252525252e/x`,
    ]
    for (const trick of tricks) expect(refuses(trick), trick).toBe(true)
  })

  it('lets the app through', () => {
    for (const path of [
      '/',
      '/index.html',
      '/src/main.tsx',
      '/@vite/client',
      '/node_modules/.vite/deps/react.js?v=1',
      '/@fs/srv/app/node_modules/vite/dist/client/env.mjs',
      '/assets/index-abc.js',
      '/sessions/100%25?q=%E2%9C%93',
    ]) {
      expect(refuses(path), path).toBe(false)
    }
  })
})
