import { readdirSync, readFileSync } from 'node:fs'
import { join, posix } from 'node:path'
import { gzipSync } from 'node:zlib'

/** PRODUCT.md: initial JavaScript ≤ 300 kB gzip (kB = 1000 bytes, as Vite reports sizes). */
export const INITIAL_JS_BUDGET = 300_000

export interface Chunk {
  file: string
  bytes: number
  gzip: number
}

export interface BundleReport {
  entry: string
  /** The entry chunk and every chunk it imports statically, transitively: what loads before first render. */
  initial: Chunk[]
  /** Every other script chunk: loaded on demand (dynamic import) or by another page (redirect.html). */
  lazy: Chunk[]
  initialGzip: number
  /**
   * The initial chunks plus a lazy part the first screen waits for (`waitsFor`) and its static imports: what
   * is downloaded before the user can work. Equal to `initialGzip` when there is no such part.
   */
  readyGzip: number
}

// Rolldown's output: `import{a as b}from"./x.js"`, `import"./x.js"`, `export{a}from"./x.js"`.
const STATIC_IMPORT = /(?:^|[;}\s])(?:import|export)\s*(?:[\w*${},\s]+from\s*)?["'](\.\/[^"']+\.js)["']/g

function chunk(dir: string, file: string): Chunk {
  const content = readFileSync(join(dir, file))
  // Level 9, fixed: the figure must not depend on the machine or on zlib defaults.
  return { file, bytes: content.length, gzip: gzipSync(content, { level: 9 }).length }
}

function staticImports(dir: string, file: string): string[] {
  const code = readFileSync(join(dir, file), 'utf8')
  return [...code.matchAll(STATIC_IMPORT)].map((match) => posix.join(posix.dirname(file), match[1] ?? ''))
}

/**
 * What a first visit downloads before the app can render: the module script of `index.html` and its static
 * import graph. Deterministic for a given build: no browser, no network.
 */
export function measureBundle(dist: string, waitsFor?: RegExp): BundleReport {
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const entry = /<script[^>]*type="module"[^>]*src="\/([^"]+\.js)"/.exec(html)?.[1]
  if (!entry) throw new Error(`${dist}/index.html has no module script`)
  const closure = (start: string, into = new Set<string>()) => {
    const visit = (file: string) => {
      if (into.has(file)) return
      into.add(file)
      staticImports(dist, file).forEach(visit)
    }
    visit(start)
    return into
  }
  const initial = closure(entry)
  const scripts = readdirSync(join(dist, 'assets'))
    .filter((name) => name.endsWith('.js'))
    .map((name) => `assets/${name}`)
  const awaited = waitsFor && scripts.find((file) => waitsFor.test(file))
  const ready = awaited ? closure(awaited, new Set(initial)) : initial
  const bySize = (a: Chunk, b: Chunk) => b.gzip - a.gzip
  const initialChunks = [...initial].map((file) => chunk(dist, file)).sort(bySize)
  return {
    entry,
    initial: initialChunks,
    lazy: scripts
      .filter((file) => !initial.has(file))
      .map((file) => chunk(dist, file))
      .sort(bySize),
    initialGzip: initialChunks.reduce((sum, c) => sum + c.gzip, 0),
    readyGzip: [...ready].reduce((sum, file) => sum + chunk(dist, file).gzip, 0),
  }
}
