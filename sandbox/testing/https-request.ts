import type { IncomingHttpHeaders } from 'node:http'
import { request as httpsRequest, type Agent } from 'node:https'

export interface TestResponse {
  status: number
  headers: IncomingHttpHeaders
  text: string
}

export interface RequestOptions {
  method?: string
  headers?: Record<string, string>
  /** A string or buffer is sent with Content-Length; an iterable of chunks is sent chunked. */
  body?: string | Buffer | Iterable<Buffer>
}

/**
 * HTTPS through an agent that trusts only the server's own certificate, so the tests also prove the
 * certificate names localhost. Redirects are not followed: the sign-in test wants to see each hop.
 */
export function httpsFetch(
  url: string,
  agent: Agent,
  { method = 'GET', headers = {}, body }: RequestOptions = {},
) {
  return new Promise<TestResponse>((resolve, reject) => {
    const req = httpsRequest(url, { method, headers, agent }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          text: Buffer.concat(chunks).toString('utf8'),
        })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    if (body === undefined) req.end()
    else if (typeof body === 'string' || Buffer.isBuffer(body)) req.end(body)
    else {
      for (const chunk of body) req.write(chunk)
      req.end()
    }
  })
}
