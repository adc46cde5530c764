import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Server } from 'node:https'

export interface AppHandler {
  handle(req: IncomingMessage, res: ServerResponse): void | Promise<void>
  close(): Promise<void>
}

/**
 * The app in development: Vite in middleware mode on the same https server, with HMR's websocket on that
 * server too, so the page, the sign-in server and the API share one origin (and one certificate warning).
 * Imported lazily so the tests and static mode never load Vite.
 */
export async function viteDev(root: string, httpsServer: Server): Promise<AppHandler> {
  const { createServer } = await import('vite')
  const vite = await createServer({
    root,
    server: { middlewareMode: true, ws: { server: httpsServer } },
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
