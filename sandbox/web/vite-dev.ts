import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Server } from 'node:https'
import { resolve } from 'node:path'

export interface AppHandler {
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>
  close(): Promise<void>
}

// Vite's own defaults, which setting `deny` replaces.
const VITE_DENY = ['.env', '.env.*', '*.{crt,pem}', '**/.git/**']

/**
 * The app in development: Vite in middleware mode on the same https server, with HMR's websocket on that
 * server too, so the page, the sign-in server and the API share one origin (and one certificate warning).
 * `secretDirs` are denied to Vite's file serving as well (the server refuses them before Vite; this is the
 * second lock). Imported lazily so the tests and static mode never load Vite.
 */
export async function viteDev(
  root: string,
  httpsServer: Server,
  secretDirs: readonly string[] = [],
): Promise<AppHandler> {
  const { createServer } = await import('vite')
  const secrets = secretDirs.map((dir) => resolve(dir).replaceAll('\\', '/'))
  const vite = await createServer({
    root,
    server: {
      middlewareMode: true,
      ws: { server: httpsServer },
      fs: {
        strict: true,
        deny: [...VITE_DENY, '**/.data/**', ...secrets.flatMap((dir) => [dir, `${dir}/**`])],
      },
    },
    appType: 'spa',
  })
  return {
    handle: (req, res) => {
      vite.middlewares(req, res, () => {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      })
    },
    close: () => vite.close(),
  }
}
