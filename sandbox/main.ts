import { fileURLToPath } from 'node:url'
import { readConfig } from './config.ts'
import { adoptLegacyDataDir, LEGACY_DATA_DIR_NAME } from './data-dir.ts'
import { DEMO_LOGIN } from './identity.ts'
import { startServer } from './server.ts'

const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const options = readConfig(process.argv.slice(2), process.env, repoRoot)
const legacy = process.env.DATA_DIR ? 'none' : adoptLegacyDataDir(repoRoot, options.dataDir)
const server = await startServer(options)
const seconds = process.uptime().toFixed(1)
const mode = options.app?.mode === 'static' ? `static build from ${options.app.dir}` : 'dev mode'
console.log(
  `Session Composer ready at ${server.origin}/ — sign in as ${DEMO_LOGIN} (any password) (${mode}, ${seconds} s)`,
)
console.log(`Data (keys, sessions) in ${server.dataDir}; the certificate to trust is ${server.certPath}`)
if (legacy === 'moved')
  console.log(`Moved the old ${LEGACY_DATA_DIR_NAME}/ folder out of the repository to there.`)
if (legacy === 'left') {
  console.log(
    `An old ${LEGACY_DATA_DIR_NAME}/ folder is still in the repository: it is no longer used (and never served); delete it.`,
  )
}

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1)
    stopping = true
    void server.close().then(() => process.exit(0))
  })
}
