import { fileURLToPath } from 'node:url'
import { readConfig } from './config.ts'
import { DEMO_LOGIN } from './identity.ts'
import { startServer } from './server.ts'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const options = readConfig(process.argv.slice(2), process.env, repoRoot)
const server = await startServer(options)
const seconds = process.uptime().toFixed(1)
const mode = options.app?.mode === 'static' ? `static build from ${options.app.dir}` : 'dev mode'
console.log(
  `Session Composer ready at ${server.origin}/ — sign in as ${DEMO_LOGIN} (any password) — data in ${server.dataDir} (${mode}, ${seconds} s)`,
)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1)
    stopping = true
    void server.close().then(() => process.exit(0))
  })
}
