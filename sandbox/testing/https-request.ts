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
 * certificate names localhost. Redirects are not followed: the sign-in test wants to see each hop. The path
 * is sent exactly as written (no `..` or `%2e` resolved away), as an attacker's client would send it.
 */
export function httpsFetch(
  url: string,
  agent: Agent,
  { method = 'GET', headers = {}, body }: RequestOptions = {},
) {
  return new Promise<TestResponse>((resolve, reject) => {
    const { hostname, port, path } = splitUrl(url)
    const req = httpsRequest({ hostname, port, path, method, headers, agent }, (res) => {
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

/** `https://host:port` and the rest, verbatim. */
export function splitUrl(url: string): { hostname: string; port: number; path: string } {
  const match = /^https:\/\/(\[[^\]]+\]|[^/:]+):(\d+)(.*)$/.exec(url)
  if (!match) throw new Error(`Not an https URL with a port: ${url}`)
  const [, host = '', port = '', path = ''] = match
  return { hostname: host.replace(/^\[(.*)\]$/, '$1'), port: Number(port), path: path || '/' }
}
