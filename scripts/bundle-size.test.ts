import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
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
