import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  query: URLSearchParams
  contentType: string
  body: string
  at: number
}

type Answer = (req: Received, res: ServerResponse) => void

/**
 * A change-notification receiver on loopback, as a consumer writes one: it echoes `validationToken` as
 * text/plain and accepts notifications with 202, unless a test says otherwise. Tests wait on `next()`.
 */
export class WebhookReceiver {
  readonly received: Received[] = []
  private waiting: { test: (r: Received) => boolean; resolve: (r: Received) => void }[] = []
  answer: Answer = defaultAnswer
  private readonly server = createServer((req, res) => {
    void this.handle(req, res)
  })

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve))
    const { port } = this.server.address() as AddressInfo
    return `http://127.0.0.1:${port}/hook`
  }

  /** The first request (already received or still to come) that passes the test. */
  next(test: (r: Received) => boolean = () => true): Promise<Received> {
    const found = this.received.find(test)
    if (found) return Promise.resolve(found)
    return new Promise((resolve) => this.waiting.push({ test, resolve }))
  }

  close(): Promise<void> {
    this.server.closeAllConnections()
    return new Promise((resolve) => this.server.close(() => resolve()))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let body = ''
    for await (const chunk of req) body += String(chunk)
    const received = {
      query: new URL(req.url ?? '/', 'http://localhost').searchParams,
      contentType: req.headers['content-type'] ?? '',
      body,
      at: performance.now(),
    }
    this.answer(received, res)
    this.received.push(received)
    const ready = this.waiting.filter((w) => w.test(received))
    this.waiting = this.waiting.filter((w) => !ready.includes(w))
    for (const w of ready) w.resolve(received)
  }
}

export const defaultAnswer: Answer = (req, res) => {
  const token = req.query.get('validationToken')
  if (token !== null) res.writeHead(200, { 'Content-Type': 'text/plain' }).end(token)
  else res.writeHead(202).end()
}
