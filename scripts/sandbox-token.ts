import { readFileSync } from 'node:fs'
import { Agent } from 'node:https'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readConfig } from '../sandbox/config.ts'
import { DEMO_LOGIN } from '../sandbox/identity.ts'
import { signInAs } from '../sandbox/oidc/sign-in-as.ts'

// Signs in to the running sandbox through its own login page (any password) and prints the access token, for
// scripts, curl and the Graph SDK. PORT, HOST and DATA_DIR as for `npm start`; SANDBOX_LOGIN picks the user.
const repoRoot = fileURLToPath(new URL('..', import.meta.url))
const { port, host, dataDir } = readConfig([], process.env, repoRoot)
const origin = `https://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${port}`
const agent = new Agent({ ca: readFileSync(join(dataDir, 'cert.pem'), 'utf8') })
const tokens = await signInAs(origin, process.env.SANDBOX_LOGIN ?? DEMO_LOGIN, agent)
agent.destroy()
process.stdout.write(`${tokens.access_token}\n`)
