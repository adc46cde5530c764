import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, loadavg, release, totalmem, type } from 'node:os'
import { parseArgs } from 'node:util'
import { chromium } from '@playwright/test'
import { runApp, type AppRun } from './app-scenario.ts'
import { APP_DIR, buildAll, RJSF_DIR } from './build.ts'
import { EMPTY_PAGE, runEmpty } from './empty-scenario.ts'
import { runLargeBody } from './large-body.ts'
import { markdown, updateDoc, type Machine, type Report } from './report.ts'
import { runRjsf, type RjsfRun } from './rjsf-scenario.ts'
import { serveStatic } from './serve.ts'
import { benchSession, limitSession, schemaText, SIZES, type SizeName } from './sessions.ts'
import { keyStats, summariseApp, summariseLarge, summariseRjsf, type SizeSummary } from './summary.ts'

const { values: options } = parseArgs({
  options: {
    sizes: { type: 'string', default: 'S,M,L' },
    reps: { type: 'string', default: '3' },
    'rjsf-reps-l': { type: 'string', default: '2' },
    'no-build': { type: 'boolean', default: false },
    'no-large': { type: 'boolean', default: false },
    'no-docs': { type: 'boolean', default: false },
  },
})

const sizes = options.sizes.split(',').filter((s): s is SizeName => s in SIZES)
const reps = Number(options.reps)
// react-jsonschema-form at L takes ~20 s to mount and over a second a key: fewer repetitions keep the run short.
const rjsfReps = Object.fromEntries(
  sizes.map((s) => [s, s === 'L' ? Math.min(reps, Number(options['rjsf-reps-l'])) : reps]),
)

const log = (message: string) => {
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`)
}

function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync(chromium.executablePath())) return undefined
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) =>
    existsSync(p),
  )
}

const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { encoding: 'utf8' }).trim()
  } catch {
    return ''
  }
}

if (!options['no-build']) {
  log('building the app and the react-jsonschema-form harness (production)')
  await buildAll()
}

const sessions = Object.fromEntries(sizes.map((size) => [size, benchSession(size, SIZES[size])]))
const large = options['no-large'] ? null : limitSession()
const site = await serveStatic(
  { '/rjsf/': RJSF_DIR, '/': APP_DIR },
  {
    '/bench-data/schema.json': schemaText(),
    '/bench-data/empty.html': EMPTY_PAGE,
    ...Object.fromEntries(Object.values(sessions).map((s) => [`/bench-data/${s.name}.json`, s.text])),
  },
)
const loadBefore = loadavg()[0] ?? 0
if (loadBefore > cpus().length)
  log(`load average ${loadBefore.toFixed(1)} on ${cpus().length} CPUs: other work will skew the tails`)
const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
})

try {
  log('empty page (the floor of the method)')
  const empty = await runEmpty(browser, site.origin, 1)

  const appRuns: Record<string, AppRun[]> = {}
  const rjsfRuns: Record<string, RjsfRun[]> = {}
  for (let rep = 0; rep < reps; rep++) {
    for (const size of sizes) {
      const session = sessions[size]
      if (!session) continue
      const seed = rep * 101 + size.charCodeAt(0)
      const app = async () => {
        log(`${size} #${rep + 1}: app`)
        ;(appRuns[size] ??= []).push(await runApp(browser, site.origin, session, seed))
      }
      const rjsf = async () => {
        if (rep >= (rjsfReps[size] ?? 0)) return
        log(`${size} #${rep + 1}: react-jsonschema-form`)
        ;(rjsfRuns[size] ??= []).push(await runRjsf(browser, site.origin, session, seed, 20))
      }
      // Alternate which goes first, so neither always runs on a warmer machine.
      for (const run of rep % 2 === 0 ? [app, rjsf] : [rjsf, app]) await run()
    }
  }

  let largeRun = null
  if (large) {
    log(`4 MB BodyParameter (${large.bytes.toLocaleString('en-US')} bytes, ${large.shape.segments} segments)`)
    largeRun = await runLargeBody(browser, site.origin, large)
  }

  const machine: Machine = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    commit: `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? ' + working tree' : ''}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model.trim() ?? 'unknown CPU',
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    os: `${type()} ${release()}`,
    chromium: `Chromium ${browser.version()}`,
    node: process.version,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    load: [loadBefore, loadavg()[0] ?? 0],
  }
  const summaries: SizeSummary[] = sizes.map((size) => ({
    size,
    shape: SIZES[size],
    bytes: sessions[size]?.bytes ?? 0,
    app: summariseApp(appRuns[size] ?? []),
    rjsf: summariseRjsf(rjsfRuns[size] ?? []),
  }))
  const report: Report = {
    machine,
    reps: { app: reps, rjsf: rjsfReps },
    emptyPage: keyStats([empty]),
    sizes: summaries,
    large: largeRun && summariseLarge(largeRun),
  }
  const text = markdown(report)
  console.log(`\n${text}\n`)

  const results = new URL('results/', import.meta.url)
  await mkdir(results, { recursive: true })
  await writeFile(
    new URL('latest.json', results),
    JSON.stringify({ report, raw: { empty, appRuns, rjsfRuns, large: largeRun } }, null, 2),
  )
  log('wrote bench/results/latest.json')
  const full = sizes.join() === 'S,M,L' && large !== null
  if (!options['no-docs'] && full) {
    const updated = await updateDoc(new URL('../docs/performance.md', import.meta.url).pathname, text)
    log(updated ? 'updated docs/performance.md' : 'docs/performance.md has no results markers; not updated')
  }
} finally {
  await browser.close()
  await site.close()
}
