import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { graphSdkFor } from './testing/graph-sdk-client.ts'
import { startTestServer, type TestServer } from './testing/test-server.ts'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
let t: TestServer
beforeAll(async () => {
  t = await startTestServer()
})
afterAll(() => t.dispose())

/** The README's Graph SDK example, taken from the README itself. */
function readmeExample(): string {
  const readme = readFileSync(`${repoRoot}README.md`, 'utf8')
  const after = readme.slice(readme.indexOf('<!-- graph-sdk-example'))
  const block = /```js\n([\s\S]*?)```/.exec(after)?.[1]
  if (!block) throw new Error('The README has no Graph SDK example')
  return block
}

it('runs the README’s Graph SDK example as written, in a fresh Node with NODE_EXTRA_CA_CERTS', async () => {
  const { token } = await graphSdkFor(t)
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', readmeExample()],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_EXTRA_CA_CERTS: t.server.certPath,
        SANDBOX_URL: t.server.origin,
        SANDBOX_TOKEN: token,
      },
      timeout: 15_000,
    },
  )
  expect(stdout.trim()).toBe('readme-demo: version 1, 1 session(s), audio')
})
