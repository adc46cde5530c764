import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { defaultDataDir } from './data-dir.ts'
import type { ServerOptions } from './server.ts'

const env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(5443),
  HOST: z.string().min(1).default('localhost'),
  DATA_DIR: z.string().min(1).optional(),
  SANDBOX_NOTIFICATION_HOSTS: z.string().optional(),
})

/** `PORT`, `HOST`, `DATA_DIR` from the environment; `--static <dir>` serves a build instead of Vite. */
export function readConfig(argv: string[], environment: NodeJS.ProcessEnv, repoRoot: string): ServerOptions {
  const { values } = parseArgs({ args: argv, options: { static: { type: 'string' } }, strict: true })
  const { PORT, HOST, DATA_DIR, SANDBOX_NOTIFICATION_HOSTS } = env.parse(environment)
  return {
    port: PORT,
    host: HOST,
    dataDir: DATA_DIR ? resolve(DATA_DIR) : defaultDataDir(environment),
    notificationHosts: (SANDBOX_NOTIFICATION_HOSTS ?? '')
      .split(',')
      .map((host) => host.trim())
      .filter(Boolean),
    app: values.static ? { mode: 'static', dir: resolve(values.static) } : { mode: 'dev', root: repoRoot },
  }
}
