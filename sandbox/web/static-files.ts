import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream/promises'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
}

/**
 * The production build, for `npm run serve` and the end-to-end tests. Vite names everything under /assets
 * by content hash, so those files are cached for good; everything else is revalidated. Unknown paths
 * without a file extension get index.html (the app routes on the client). Names starting with a dot and
 * links that lead out of the build are never served.
 */
export function staticFiles(dir: string) {
  const root = realpathSync(resolve(dir))
  const index = join(root, 'index.html')
  if (!existsSync(index)) throw new Error(`${root} has no index.html; run "npm run build" first`)

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD' }).end()
      return
    }
    let pathname: string
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'https://localhost').pathname)
    } catch {
      res.writeHead(400).end()
      return
    }
    const hidden = pathname.split(/[\\/]/).some((segment) => segment.startsWith('.'))
    const candidate = resolve(root, `.${pathname}`)
    const file = !hidden && isFileInside(root, candidate) ? candidate : extname(pathname) ? undefined : index
    if (!file) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
      return
    }
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': statSync(file).size,
      'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    })
    if (req.method === 'HEAD') res.end()
    else await pipeline(createReadStream(file), res).catch(() => undefined) // the client went away
  }
}

function isFileInside(root: string, path: string): boolean {
  try {
    const real = realpathSync(path)
    return real.startsWith(root + sep) && statSync(real).isFile()
  } catch {
    return false
  }
}
