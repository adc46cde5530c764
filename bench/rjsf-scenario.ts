import type { Browser } from '@playwright/test'
import { timedClick } from './app-scenario.ts'
import { openPage } from './page.ts'
import { settle } from './probe.ts'
import type { BenchSession } from './sessions.ts'
import { TYPED, typeMeasured, type Typing } from './typing.ts'

export interface RjsfRun {
  /** Click on "Render" → the deepest stream's input in the DOM, painted (the whole form is mounted). */
  open: number
  typing: Typing
  /** How many DOM elements the form mounted (for the table's "controls" column: inputs, selects, textareas). */
  controls: number
}

/** react-jsonschema-form over the same schema and data: mount, then the same 20 keys in the same field. */
export async function runRjsf(
  browser: Browser,
  origin: string,
  session: BenchSession,
  seed: number,
  maxKeys: number,
): Promise<RjsfRun> {
  const { segments, mediaPerSegment, streamsPerMedia } = session.shape
  const page = await openPage(browser, `${origin}/rjsf/?size=${session.name}`)
  const render = page.getByRole('button', { name: 'Render' })
  await render.waitFor()
  await page.evaluate(settle, { quietMs: 400, maxMs: 10_000 })
  const id = `root_segments_${segments - 1}_media_${mediaPerSegment - 1}_streams_${streamsPerMedia - 1}_averagePacketLossRate`
  const open = await timedClick(page, render, { kind: 'count', selector: `#${id}`, min: 1 })
  await page.evaluate(settle, { quietMs: 400, maxMs: 30_000 })
  const controls = await page.evaluate(() => document.querySelectorAll('input, select, textarea').length)
  await page.locator(`#${id}`).click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.evaluate(settle, { quietMs: 600, maxMs: 30_000 })
  const typing = await typeMeasured(page, TYPED, seed, maxKeys)
  await page.context().close()
  return { open, typing, controls }
}
