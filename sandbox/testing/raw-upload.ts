import { request, type Agent } from 'node:https'
import { splitUrl } from './https-request.ts'

export interface UploadOutcome {
  status: number
  connection: string | undefined
  text: string
  /** Whether the server asked for the body with 100 Continue. */
  continued: boolean
}

const CHUNK = 64 * 1024

/**
 * POSTs `body` the way a client streaming a file does: in 64 kB writes that honour backpressure,
 * declared with Content-Length or sent chunked, optionally after `Expect: 100-continue`. Resolves with the
 * answer once the request is over and its connection closed; rejects if the connection failed at any point
 * (a reset or a broken pipe while still sending is the bug this exists to catch).
 */
export function streamUpload(
  url: string,
  agent: Agent,
  headers: Record<string, string>,
  { body, declare, expectContinue }: { body: Buffer; declare: boolean; expectContinue: boolean },
): Promise<UploadOutcome> {
  const { hostname, port, path } = splitUrl(url)
  return new Promise((resolve, reject) => {
    let continued = false
    const req = request({
      hostname,
      port,
      path,
      method: 'POST',
      agent,
      headers: {
        ...headers,
        ...(declare ? { 'Content-Length': String(body.length) } : { 'Transfer-Encoding': 'chunked' }),
        ...(expectContinue ? { Expect: '100-continue' } : {}),
      },
    })
    const send = () => {
      let sent = 0
      const more = () => {
        while (sent < body.length) {
          const chunk = body.subarray(sent, sent + CHUNK)
          sent += chunk.length
          if (!req.write(chunk)) {
            req.once('drain', more)
            return
          }
        }
        req.end()
      }
      more()
    }
    req.on('continue', () => {
      continued = true
      send()
    })
    let outcome: UploadOutcome | undefined
    let failure: Error | undefined
    req.on('response', (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        outcome = {
          status: res.statusCode ?? 0,
          connection: res.headers.connection,
          text: Buffer.concat(chunks).toString('utf8'),
          continued,
        }
        // Nothing was asked for, so nothing is sent: this request is over.
        if (!continued && expectContinue) req.destroy()
      })
      res.on('error', (error) => (failure ??= error))
    })
    req.on('error', (error) => (failure ??= error))
    req.on('close', () => {
      if (failure) reject(failure)
      else if (outcome) resolve(outcome)
      else reject(new Error('The connection closed without an answer'))
    })
    if (!expectContinue) send()
    else req.flushHeaders()
  })
}
