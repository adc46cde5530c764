import { readFile } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { extname, join, normalize } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
}

export interface StaticSite {
  origin: string
  close(): Promise<void>
}

/**
 * Serves directories on loopback: `mounts` maps a URL prefix to a folder, `files` serves text in memory.
 * The app needs nothing else for these measurements (no sign-in, no sandbox: nothing is sent).
 */
export async function serveStatic(
  mounts: Record<string, string>,
  files: Record<string, string>,
): Promise<StaticSite> {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length)
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    const inMemory = files[path]
    if (inMemory !== undefined) {
      response.writeHead(200, {
        'content-type': TYPES[extname(path)] ?? 'text/plain',
        'cache-control': 'no-store',
      })
      response.end(inMemory)
      return
    }
    const prefix = prefixes.find((p) => path.startsWith(p))
    const dir = prefix === undefined ? undefined : mounts[prefix]
    if (prefix === undefined || dir === undefined) {
      response.writeHead(404).end()
      return
    }
    const relative = path.slice(prefix.length)
    const rest =
      relative === '' || relative.endsWith('/')
        ? `${relative}index.html`
        : normalize(relative).replace(/^(\.\.[/\\])+/, '')
    readFile(join(dir, rest)).then(
      (body) => {
        response.writeHead(200, { 'content-type': TYPES[extname(rest)] ?? 'application/octet-stream' })
        response.end(body)
      },
      () => {
        response.writeHead(404).end()
      },
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('no port')
  return {
    origin: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}
