import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { drainUpload, readUpload, refusesContinue } from './upload.ts'

/** What the Fetch handler learns about the upload besides the request itself. */
export interface UploadBindings {
  upload: { tooLarge: boolean; limit: number }
}

type FetchHandler = (request: Request, env: UploadBindings) => Response | Promise<Response>

/**
 * Serves a Fetch-style handler (the Hono API) from Node's server with the body read first and bounded: a
 * body over `limitFor(path)` is never buffered; the handler is told so (it answers 413), and the rest of the
 * upload is drained before the connection closes, so the client reads the 413 rather than a reset.
 */
export function fetchListener(origin: string, limitFor: (path: string) => number, handle: FetchHandler) {
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const target = req.url ?? '/'
    const path = target.split('?', 1)[0] ?? '/'
    const limit = limitFor(path)
    const upload = await readUpload(req, limit)
    if (upload.status === 'aborted') return
    const tooLarge = upload.status === 'too-large'
    const method = req.method ?? 'GET'
    let request: Request
    try {
      request = toRequest(req, origin, upload.status === 'read' ? upload.body : undefined)
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Bad request')
      return
    }
    const response = await handle(request, { upload: { tooLarge, limit } })
    const body = Buffer.from(await response.arrayBuffer())
    const head: OutgoingHttpHeaders = {}
    response.headers.forEach((value, name) => {
      if (name !== 'set-cookie') head[name] = value
    })
    const cookies = response.headers.getSetCookie()
    if (cookies.length) head['set-cookie'] = cookies
    if (response.status !== 204 && response.status !== 304) head['content-length'] = body.byteLength
    if (!tooLarge) {
      res.writeHead(response.status, head).end(method === 'HEAD' ? undefined : body)
      return
    }
    // The connection cannot carry another request: the rest of this one is never read as a body.
    res.writeHead(response.status, { ...head, connection: 'close' }).write(body)
    if (!(/100-continue/i.test(req.headers.expect ?? '') && refusesContinue(req, limit))) {
      await drainUpload(req)
    }
    res.end()
  }
}

function toRequest(req: IncomingMessage, origin: string, body: Buffer | undefined): Request {
  const headers = new Headers()
  for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) {
    headers.append(req.rawHeaders[i] ?? '', req.rawHeaders[i + 1] ?? '')
  }
  const method = req.method ?? 'GET'
  const target = req.url ?? '/'
  const withBody = body !== undefined && body.byteLength > 0 && method !== 'GET' && method !== 'HEAD'
  return new Request(`${origin}${target.startsWith('/') ? target : `/${target}`}`, {
    method,
    headers,
    body: withBody ? new Uint8Array(body) : undefined,
  })
}
