import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { measureBundle } from './bundle-size.ts'

function fakeDist(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-size-'))
  mkdirSync(join(dir, 'assets'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content)
  return dir
}

describe('measureBundle', () => {
  it('counts the entry and its static import graph as initial, dynamic imports as lazy', () => {
    const main =
      'import{a as b}from"./shared-1.js";import"./polyfill-2.js";const e=()=>import("./editor-3.js");export{e}'
    const dist = fakeDist({
      'index.html': '<script type="module" crossorigin src="/assets/main-0.js"></script>',
      'assets/main-0.js': main,
      'assets/shared-1.js': 'export{x as a}from"./runtime-4.js"',
      'assets/runtime-4.js': 'var x=1;export{x}',
      'assets/polyfill-2.js': 'void 0',
      'assets/editor-3.js': 'import{a}from"./shared-1.js";export default a',
    })
    const report = measureBundle(dist)
    expect(report.entry).toBe('assets/main-0.js')
    expect(report.initial.map((c) => c.file).sort()).toEqual([
      'assets/main-0.js',
      'assets/polyfill-2.js',
      'assets/runtime-4.js',
      'assets/shared-1.js',
    ])
    expect(report.lazy.map((c) => c.file)).toEqual(['assets/editor-3.js'])
    expect(report.initial.find((c) => c.file === 'assets/main-0.js')?.gzip).toBe(
      gzipSync(main, { level: 9 }).length,
    )
    expect(report.initialGzip).toBe(report.initial.reduce((sum, c) => sum + c.gzip, 0))
  })
})

describe('measureBundle, for a first screen that waits for a lazy part', () => {
  it('adds that part and its static imports, once each, to what is downloaded before the user can work', () => {
    const dist = fakeDist({
      'index.html': '<script type="module" crossorigin src="/assets/main-0.js"></script>',
      'assets/main-0.js': 'import"./shared-1.js";const s=()=>import("./screen-2.js");export{s}',
      'assets/shared-1.js': 'export const a=1',
      'assets/screen-2.js': 'import"./shared-1.js";import"./widgets-3.js";export default 2',
      'assets/widgets-3.js': 'export const w=3',
      'assets/dialog-4.js': 'export const d=4',
    })
    const size = (name: string) => gzipSync(readFileSync(join(dist, 'assets', name)), { level: 9 }).length
    const report = measureBundle(dist, /screen-/)
    expect(report.initialGzip).toBe(size('main-0.js') + size('shared-1.js'))
    expect(report.readyGzip).toBe(report.initialGzip + size('screen-2.js') + size('widgets-3.js'))
    expect(measureBundle(dist).readyGzip).toBe(report.initialGzip)
  })
})
