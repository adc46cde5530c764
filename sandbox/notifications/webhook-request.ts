import { request as httpRequest, type IncomingMessage } from 'node:http'
import { request as httpsRequest } from 'node:https'
import { isIP } from 'node:net'
import type { Destination } from './destination.ts'

export interface WebhookOptions {
  /** Appended to the URL's own query (the validation token). */
  query?: Record<string, string>
  body: string
  contentType: string
  /** The whole exchange, connect to last byte. */
  timeoutMs: number
  /** At most this much of the answer is kept; a longer one is cut off and counted as not read. */
  maxResponseBytes: number
}

export type WebhookAnswer =
  | { ok: true; status: number; contentType: string; text: string; truncated: boolean; ms: number }
  | { ok: false; error: string; ms: number }

/**
 * One POST to a checked destination, connected to the address it was resolved to. Redirects are not
 * followed, the answer is read up to a limit and the whole exchange has a deadline.
 */
export function postWebhook(destination: Destination, options: WebhookOptions): Promise<WebhookAnswer> {
  const started = performance.now()
  const elapsed = () => Math.round(performance.now() - started)
  const { url, address, loopback } = destination
  const path = new URL(url)
  for (const [name, value] of Object.entries(options.query ?? {})) path.searchParams.set(name, value)
  const secure = url.protocol === 'https:'
  const send = secure ? httpsRequest : httpRequest
  const body = Buffer.from(options.body, 'utf8')
  return new Promise((resolve) => {
    let settled = false
    const finish = (answer: WebhookAnswer) => {
      if (settled) return
      settled = true
      clearTimeout(deadline)
      resolve(answer)
    }
    const req = send({
      host: address,
      port: url.port || (secure ? 443 : 80),
      path: `${path.pathname}${path.search}`,
      method: 'POST',
      headers: {
        Host: url.host,
        'Content-Type': options.contentType,
        'Content-Length': body.length,
        'User-Agent': 'SessionComposerSandbox-Notifications/1.0',
      },
      // SNI and the certificate's name; a local receiver's self-signed certificate is accepted on loopback only.
      ...(secure
        ? { servername: isIP(url.hostname) ? undefined : url.hostname, rejectUnauthorized: !loopback }
        : {}),
      agent: false,
    })
    const deadline = setTimeout(() => {
      req.destroy()
      finish({ ok: false, error: `No answer within ${options.timeoutMs / 1000} s.`, ms: elapsed() })
    }, options.timeoutMs)
    req.on('error', (error) => {
      finish({ ok: false, error: error.message, ms: elapsed() })
    })
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = []
      let size = 0
      let truncated = false
      res.on('data', (chunk: Buffer) => {
        if (truncated) return
        size += chunk.length
        if (size > options.maxResponseBytes) {
          truncated = true
          res.destroy()
          done()
          return
        }
        chunks.push(chunk)
      })
      const done = () => {
        finish({
          ok: true,
          status: res.statusCode ?? 0,
          contentType: res.headers['content-type'] ?? '',
          text: Buffer.concat(chunks).toString('utf8'),
          truncated,
          ms: elapsed(),
        })
      }
      res.on('end', done)
      res.on('error', (error) => {
        finish({ ok: false, error: error.message, ms: elapsed() })
      })
    })
    req.end(body)
  })
}
