/**
 * The sandbox server's memory while it lists large sessions: `npm run bench:sandbox-memory`.
 *
 * Starts the real server (`sandbox/main.ts` of `--server-root`, this checkout by default) as its own process
 * on a throw-away data directory, creates `--sessions` sessions at Graph's 4 MB write limit (`--shape
 * generated`: the largest generated session that fits; `--shape tiny-objects`: half a million `{"a":0}`), a
 * different id each, then reads the server's peak resident set (Linux
 * `VmHWM`) for each phase, resetting it between phases (`/proc/<pid>/clear_refs`):
 *   - creating them (each POST parses and validates a 4 MB body);
 *   - then, on a restarted server (nothing left over from creating them; the issue's server died there too),
 *     listing them all with `$expand=segments`, following `@odata.nextLink` to the end: the peak since start;
 *   - and listing them without segments.
 * A server that dies (out of memory) is reported as such, with the last figure seen.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:https'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { importJWK, SignJWT } from 'jose'
import { z } from 'zod'
import { parseJson } from '#src/lib/json/parse.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { limitSession } from './sessions.ts'

const { values } = parseArgs({
  options: {
    sessions: { type: 'string', default: '16' },
    shape: { type: 'string', default: 'generated' },
    'server-root': { type: 'string', default: resolve(import.meta.dirname, '..') },
  },
})
const count = Number(values.sessions)
const serverRoot = resolve(values['server-root'])
const MB = 1024 * 1024

interface Server {
  child: ChildProcess
  origin: string
  exited: Promise<string>
}

function start(dataDir: string, dist: string): Promise<Server> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(serverRoot, 'sandbox/main.ts'), '--static', dist],
    {
      cwd: serverRoot,
      env: { ...process.env, PORT: '0', HOST: 'localhost', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)))
  const exited = new Promise<string>((done) =>
    child.on('exit', (code, signal) =>
      done(`exited (${signal ?? `code ${code ?? '?'}`}): ${stderr.trim().split('\n').slice(-3).join(' | ')}`),
    ),
  )
  return new Promise((done, fail) => {
    let stdout = ''
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString()
      const origin = /ready at (https:\/\/[^/\s]+)\//.exec(stdout)?.[1]
      if (origin) done({ child, origin, exited })
    })
    void exited.then((why) => fail(new Error(`The server did not start: ${why}`)))
  })
}

function status(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`))
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? 0) / 1024
}

/** Resets the peak so the next reading covers one phase; false where the kernel does not allow it. */
function resetPeak(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
    return true
  } catch {
    return false
  }
}

function call(
  origin: string,
  path: string,
  token: string,
  body?: string,
): Promise<{ status: number; text: string }> {
  const url = new URL(path, origin)
  return new Promise((done, fail) => {
    const req = request(
      {
        hostname: url.hostname,
        port: url.port,
        path: url.pathname + url.search,
        method: body === undefined ? 'GET' : 'POST',
        rejectUnauthorized: false,
        headers: {
          Authorization: `Bearer ${token}`,
          ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () =>
          done({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
        )
        res.on('error', fail)
      },
    )
    req.on('error', fail)
    req.end(body)
  })
}

async function token(dataDir: string, origin: string): Promise<string> {
  const jwk = z
    .object({ kid: z.string() })
    .loose()
    .parse(JSON.parse(readFileSync(join(dataDir, 'signing-key.json'), 'utf8')))
  return new SignJWT({ scp: 'CallRecords.ReadWrite.All' })
    .setProtectedHeader({ alg: 'RS256', typ: 'at+jwt', kid: jwk.kid })
    .setIssuer(`${origin}/oidc`)
    .setAudience('api://session-composer-sandbox')
    .setSubject('bench')
    .setIssuedAt()
    .setExpirationTime('1h')
    .sign(await importJWK(jwk, 'RS256'))
}

const page = z.object({ value: z.array(z.unknown()), '@odata.nextLink': z.string().optional() })

/** Follows the list to its end; the number of sessions and pages seen, and the largest response. */
async function listAll(origin: string, bearer: string, query: string) {
  let path: string | undefined = `/beta/communications/callRecords/bench/sessions${query}`
  let sessions = 0
  let pages = 0
  let largest = 0
  while (path) {
    const res = await call(origin, path, bearer)
    if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}: ${res.text.slice(0, 200)}`)
    const parsed = page.parse(JSON.parse(res.text))
    sessions += parsed.value.length
    pages++
    largest = Math.max(largest, res.text.length)
    path = parsed['@odata.nextLink']?.slice(origin.length)
  }
  return { sessions, pages, largestMB: largest / MB }
}

interface Phase {
  phase: string
  peakMB: number | string
  detail: string
}

/** The peak over `work`: since the last reset (or since the process started, with `reset: false`). */
async function measured(
  server: Server,
  phase: string,
  work: () => Promise<string>,
  { reset = true } = {},
): Promise<Phase> {
  const pid = server.child.pid ?? 0
  const resettable = reset ? resetPeak(pid) : true
  let peak = status(pid, 'VmRSS')
  const sampler = setInterval(() => {
    try {
      peak = Math.max(peak, resettable ? status(pid, 'VmHWM') : status(pid, 'VmRSS'))
    } catch {
      // the process is gone; the exit is reported below
    }
  }, 10)
  try {
    const detail = await Promise.race([work(), server.exited.then((why) => Promise.reject(new Error(why)))])
    peak = Math.max(peak, resettable ? status(pid, 'VmHWM') : status(pid, 'VmRSS'))
    return { phase, peakMB: Math.round(peak), detail }
  } catch (error) {
    // A server that runs out of memory drops its connections just before it aborts.
    await Promise.race([server.exited, new Promise((done) => setTimeout(done, 2000))])
    const died = server.child.exitCode !== null || server.child.signalCode !== null
    return {
      phase,
      peakMB: `${died ? 'died' : 'failed'} at ${Math.round(peak)}`,
      detail: error instanceof Error ? error.message : String(error),
    }
  } finally {
    clearInterval(sampler)
  }
}

const work = mkdtempSync(join(tmpdir(), 'sandbox-memory-'))
const dataDir = join(work, 'data')
const dist = join(work, 'dist')
mkdirSync(dist, { recursive: true })
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>bench</title>')
const template = values.shape === 'tiny-objects' ? tinyObjects() : generatedSession()
const bodies = Array.from(
  { length: count },
  (_, i) => `{"id":"bench-${String(i).padStart(4, '0')}"${template.slice(template.indexOf('",') + 1)}`,
)
console.log(
  `${count} sessions of ${(Buffer.byteLength(bodies[0] ?? '') / MB).toFixed(2)} MB; server from ${serverRoot}`,
)

/** The largest generated session (segments of 3 media × 8 streams) under 4 MB, compact. */
function generatedSession(): string {
  const generated = parseJson(limitSession().text)
  if (!generated.ok) throw generated.error
  const text = stringifyJson(generated.value)
  if (!text.startsWith('{"id":"')) throw new Error('The generated session no longer starts with its id')
  return text
}

/** The worst case for a parser: just under 4 MB of the smallest objects, in an instance annotation. */
function tinyObjects(): string {
  const head = '{"id":"x","modalities":["audio"],"items@sandbox.bench":['
  const room = Math.floor((4 * MB - head.length - 64) / 8)
  return `${head}${Array.from({ length: room }, () => '{"a":0}').join(',')}]}`
}

const phases: Phase[] = []
let server = await start(dataDir, dist)
try {
  let bearer = await token(dataDir, server.origin)
  phases.push(
    await measured(server, `create ${count}`, async () => {
      for (const text of bodies) {
        const res = await call(server.origin, '/beta/communications/callRecords/bench/sessions', bearer, text)
        if (res.status !== 201) throw new Error(`POST answered ${res.status}: ${res.text.slice(0, 200)}`)
      }
      return `${count} × 201`
    }),
  )
  // Listing is measured on a fresh process, as after a restart: nothing left over from creating them.
  server.child.kill('SIGTERM')
  await server.exited
  server = await start(dataDir, dist)
  bearer = await token(dataDir, server.origin)
  const list = async (query: string) => {
    const seen = await listAll(server.origin, bearer, query)
    return `${seen.sessions} sessions in ${seen.pages} pages, largest response ${seen.largestMB.toFixed(1)} MB`
  }
  phases.push({ phase: 'restarted', peakMB: Math.round(status(server.child.pid ?? 0, 'VmHWM')), detail: '' })
  phases.push(
    await measured(server, 'list, $expand=segments', () => list('?$expand=segments'), { reset: false }),
  )
  phases.push(await measured(server, 'list, summaries', () => list('')))
} finally {
  server.child.kill('SIGKILL')
  rmSync(work, { recursive: true, force: true })
}
console.table(phases)
console.log(JSON.stringify({ node: process.version, sessions: count, phases }))
