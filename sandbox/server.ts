import { mkdirSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer, type Server } from 'node:https'
import { resolve } from 'node:path'
import { createApi } from './api/create-api.ts'
import { FaultState } from './api/faults.ts'
import { MAX_PRESENTER_BODY_BYTES } from './api/sandbox-routes.ts'
import { LEGACY_DATA_DIR_NAME } from './data-dir.ts'
import { issuerFor } from './identity.ts'
import { startCallRecordFeed } from './notifications/call-record-feed.ts'
import { interactionHandler, isInteractionPath } from './oidc/interactions.ts'
import { PAGE_STYLE_SOURCE } from './oidc/pages.ts'
import { loadOrCreateSecrets } from './oidc/secrets.ts'
import { createSignInServer, mountedHandler } from './oidc/sign-in-server.ts'
import { openDatabase } from './store/database.ts'
import { SessionStore } from './store/session-store.ts'
import { loadOrCreateCertificate } from './tls/certificate.ts'
import { fetchListener } from './web/fetch-listener.ts'
import { secretPathGuard } from './web/secret-paths.ts'
import { API_HEADERS, keepHeaders, securityHeaders, type Surface } from './web/security-headers.ts'
import { staticFiles } from './web/static-files.ts'
import { MAX_WRITE_BYTES, refusesContinue } from './web/upload.ts'
import { viteDev, type AppHandler } from './web/vite-dev.ts'

export interface ServerOptions {
  port: number
  host: string
  dataDir: string
  /** Where the app comes from; none serves only the sign-in server and the API (tests). */
  app?: { mode: 'dev'; root: string } | { mode: 'static'; dir: string }
  /** Hosts besides this machine that change notifications may go to (SANDBOX_NOTIFICATION_HOSTS). */
  notificationHosts?: readonly string[]
}

export interface RunningServer {
  origin: string
  issuer: string
  dataDir: string
  certPath: string
  close(): Promise<void>
}

type Listener = (req: IncomingMessage, res: ServerResponse) => void

/** One https origin: /oidc the sign-in server, /beta the sandbox API, /_sandbox presenter tools, the rest the app. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const dataDir = resolve(options.dataDir)
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const [certificate, secrets] = await Promise.all([
    loadOrCreateCertificate(dataDir, options.host),
    loadOrCreateSecrets(dataDir),
  ])
  const db = openDatabase(dataDir)
  // The issuer needs the real port (port 0 in tests); requests before everything is built are told to retry.
  let listener: Listener = (_req, res) => {
    keepHeaders(res, API_HEADERS)
    res.writeHead(503, { 'Retry-After': '1' }).end()
  }
  const server = createServer({ cert: certificate.cert, key: certificate.key }, (req, res) => {
    listener(req, res)
  })
  // Node answers `Expect: 100-continue` with 100 by itself; a body that will be refused is not asked for.
  server.on('checkContinue', (req: IncomingMessage, res: ServerResponse) => {
    if (!refusesContinue(req, uploadLimit(pathOf(req)))) res.writeContinue()
    listener(req, res)
  })
  const port = await listen(server, options.port, options.host)
  const origin = `https://${originHost(options.host)}:${port}`
  const issuer = issuerFor(origin)
  const store = new SessionStore(db)
  const feed = startCallRecordFeed(db, store, { allowedHosts: options.notificationHosts ?? [] })
  const provider = createSignInServer(origin, secrets, db)
  const oidc = mountedHandler(provider, '/oidc')
  const interaction = interactionHandler(provider)
  const api = fetchListener(
    origin,
    uploadLimit,
    createApi({ origin, issuer, publicKey: secrets.publicKey, store, faults: new FaultState(), feed }).fetch,
  )
  const app = await appHandler(options.app, server, dataDir)
  const headersFor = securityHeaders({
    origin,
    dev: options.app?.mode === 'dev',
    signInStyles: [PAGE_STYLE_SOURCE],
  })
  listener = (req, res) => {
    const path = pathOf(req)
    const surface = surfaceOf(path, !app)
    keepHeaders(res, headersFor(surface))
    const done =
      surface === 'sign-in'
        ? isInteractionPath(path)
          ? interaction(req, res)
          : oidc(req, res)
        : surface === 'api'
          ? api(req, res)
          : app?.handle(req, res)
    void Promise.resolve(done).catch((error: unknown) => {
      console.error('[sandbox]', error)
      if (!res.headersSent) {
        res
          .writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
          .end('The sandbox failed to answer.')
      }
    })
  }
  return {
    origin,
    issuer,
    dataDir,
    certPath: certificate.certPath,
    close: async () => {
      await app?.close()
      feed.close()
      await new Promise<void>((done) => {
        server.close(() => done())
        server.closeAllConnections()
      })
      db.close()
    },
  }
}

function pathOf(req: IncomingMessage): string {
  return (req.url ?? '/').split('?', 1)[0] ?? '/'
}

function surfaceOf(path: string, noApp: boolean): Surface {
  if (under(path, '/oidc')) return 'sign-in'
  if (under(path, '/beta', { ignoreCase: true }) || under(path, '/_sandbox') || noApp) return 'api'
  return path === '/redirect.html' ? 'bridge' : 'app'
}

/** Graph's 4 MB for the API; presenter tools take a few bytes of JSON. */
function uploadLimit(path: string): number {
  return under(path, '/_sandbox') ? MAX_PRESENTER_BODY_BYTES : MAX_WRITE_BYTES
}

function under(path: string, prefix: string, { ignoreCase = false } = {}): boolean {
  const start = path.slice(0, prefix.length + 1)
  const [head, wanted] = ignoreCase ? [start.toLowerCase(), prefix.toLowerCase()] : [start, prefix]
  return head === wanted || head === `${wanted}/`
}

/**
 * The app, behind a guard that refuses any path that could reach the data directory (or the data folder of
 * older versions inside the repository), however it is spelled; Vite and the static server deny them too.
 */
async function appHandler(
  app: ServerOptions['app'],
  server: Server,
  dataDir: string,
): Promise<AppHandler | undefined> {
  if (!app) return undefined
  const root = app.mode === 'dev' ? app.root : app.dir
  const secretDirs = [dataDir, resolve(root, LEGACY_DATA_DIR_NAME)]
  const handler =
    app.mode === 'dev'
      ? await viteDev(app.root, server, secretDirs)
      : { handle: staticFiles(app.dir), close: () => Promise.resolve() }
  const refuses = secretPathGuard(root, secretDirs)
  return {
    handle: (req, res) => {
      if (refuses(req.url ?? '/')) {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found')
        return
      }
      return handler.handle(req, res)
    },
    close: () => handler.close(),
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((done, fail) => {
    server.once('error', fail)
    server.listen(port, host, () => {
      server.off('error', fail)
      const address = server.address()
      if (address === null || typeof address === 'string') fail(new Error('The server has no port'))
      else done(address.port)
    })
  })
}

/** Browsers and MSAL must use the same host name as the issuer; a wildcard bind is reached as localhost. */
function originHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost'
  return host.includes(':') ? `[${host}]` : host
}
