import type { Browser, Locator, Page } from '@playwright/test'
import { openPage } from './page.ts'
import { pasteTimed, settle, waitPainted, watchMutations, type Condition, type LongTask } from './probe.ts'
import type { BenchSession } from './sessions.ts'
import { TYPED, typeMeasured, type Typing } from './typing.ts'

export interface AppRun {
  /** Click on the template → its segments in the outline, painted. */
  openFromTemplate: number
  /** Paste into the BodyParameter editor → its text painted. */
  paste: number
  /** Paste → the request preview shows the pasted body's size (debounces included). */
  pastePreviewed: number
  /** Click on CreateExpanded after the paste → the outline with every segment, painted. */
  jsonToFields: number
  /** Open from BodyParameter JSON: paste painted + switch to expanded fields painted. */
  openFromJson: number
  /** Clicks in the outline: segment, media, stream (each until its fields are painted). */
  select: { segment: number; media: number; stream: number }
  /** Form controls (inputs, selects, textareas) in the DOM with the stream open. */
  controls: number
  typing: Typing
  /** Last keystroke → the request preview's last change (its debounce included). */
  previewUpdate: number
  /** Long tasks from the last keystroke until the page settled. */
  afterTyping: LongTask[]
  /** Expanded → BodyParameter JSON → expanded, twice: the first time loads the editor's chunk. */
  switches: { toJson: number; toFields: number }[]
  /** Long tasks (> 50 ms) of each phase. */
  longTasks: Record<string, LongTask[]>
}

export interface Quiet {
  quietMs: number
  maxMs: number
}
const QUIET: Quiet = { quietMs: 400, maxMs: 10_000 }

/** An outline node's tree value: its path in the body (`segments.39.media.2`). */
function nodeValue(segment: number, media?: number, stream?: number): string {
  return [`segments.${segment - 1}`, media && `media.${media - 1}`, stream && `streams.${stream - 1}`]
    .filter(Boolean)
    .join('.')
}

/** The row of a tree item (not its open subtree, which its box contains). */
function treeRow(page: Page, value: string): Locator {
  return page.locator(`[role="treeitem"][data-fui-tree-item-value="${value}"] > .fui-TreeItemLayout`)
}

const treeItem = (value: string): Condition => ({
  kind: 'count',
  selector: `[role="treeitem"][data-fui-tree-item-value="${value}"]`,
  min: 1,
})

/** Clicks `target` and returns the time from the click to the end of the frame in which `condition` holds. */
export async function timedClick(page: Page, target: Locator, condition: Condition): Promise<number> {
  await target.scrollIntoViewIfNeeded()
  const painted = page.evaluate(waitPainted, condition)
  await target.click()
  return (await painted).ms
}

const taskMark = (page: Page) => page.evaluate(() => window.__bench.longTasks.length)
const tasksSince = (page: Page, mark: number) =>
  page.evaluate((from) => window.__bench.longTasks.slice(from), mark)
const quietly = (page: Page, quiet: Quiet = QUIET) => page.evaluate(settle, quiet)

/** Runs `action`, waits for the page to go quiet, and returns its result with the long tasks on the way. */
async function withTasks<T>(page: Page, quiet: Quiet, action: () => Promise<T>): Promise<[T, LongTask[]]> {
  const mark = await taskMark(page)
  const result = await action()
  await quietly(page, quiet)
  return [result, await tasksSince(page, mark)]
}

const step = (what: string) => {
  if (process.env.BENCH_DEBUG) console.error(`  app: ${what}`)
}

/**
 * "From a template": a fresh page with the Templates menu open, as a user picks one. The bench serves the
 * generated session in place of the template's data file, so the app's own path runs: dynamic import,
 * lossless parse, replaceBody.
 */
export async function templateMenu(browser: Browser, origin: string, session: BenchSession): Promise<Page> {
  const page = await openPage(browser, `${origin}/`, async (context) => {
    await context.route('**/assets/graph-docs-example-*.js', (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        body: `var e=${JSON.stringify(session.text)};export{e as default};`,
      }),
    )
  })
  await page.getByRole('heading', { name: 'Session Composer' }).waitFor()
  await quietly(page)
  await page.getByRole('button', { name: 'Templates' }).click()
  await page.getByRole('menuitem', { name: /Graph docs example/ }).waitFor()
  await quietly(page)
  return page
}

/** A started action: the returned promise settles once it is dispatched, `done` once its result is painted. */
export interface Started<T> {
  done: Promise<T>
}

/** Picks the template; `done`: the time until its outline is painted. */
export async function pickTemplate(page: Page, session: BenchSession): Promise<Started<number>> {
  const painted = page.evaluate(waitPainted, treeItem(nodeValue(session.shape.segments)))
  await page.getByRole('menuitem', { name: /Graph docs example/ }).click()
  return { done: painted.then((result) => result.ms) }
}

/** The app as a user drives it: open, go to the deepest stream, type, watch the preview, switch modes. */
export async function runApp(
  browser: Browser,
  origin: string,
  session: BenchSession,
  seed: number,
): Promise<AppRun> {
  const { segments, mediaPerSegment, streamsPerMedia } = session.shape
  const longTasks: Record<string, LongTask[]> = {}
  const streamFields = `section[aria-label="Stream ${streamsPerMedia} fields"]`

  step('template')
  const page = await templateMenu(browser, origin, session)
  const [openFromTemplate, templateTasks] = await withTasks(
    page,
    QUIET,
    async () => (await pickTemplate(page, session)).done,
  )
  longTasks.openFromTemplate = templateTasks

  step('select')
  const select = { segment: 0, media: 0, stream: 0 }
  const selectTasks: LongTask[] = []
  for (const [key, from, to] of [
    ['segment', nodeValue(segments), treeItem(nodeValue(segments, mediaPerSegment))],
    [
      'media',
      nodeValue(segments, mediaPerSegment),
      treeItem(nodeValue(segments, mediaPerSegment, streamsPerMedia)),
    ],
    [
      'stream',
      nodeValue(segments, mediaPerSegment, streamsPerMedia),
      { kind: 'count', selector: `${streamFields} input`, min: 1 },
    ],
  ] as const) {
    const [ms, tasks] = await withTasks(page, QUIET, () => timedClick(page, treeRow(page, from), to))
    select[key] = ms
    selectTasks.push(...tasks)
  }
  longTasks.select = selectTasks
  const controls = await page.evaluate(() => document.querySelectorAll('input, select, textarea').length)

  step('type')
  await page.locator(streamFields).getByLabel('AveragePacketLossRate', { exact: true }).click()
  await page.keyboard.press('ControlOrMeta+a')
  await page.evaluate(watchMutations, 'section[aria-label="Request preview"]')
  await quietly(page, { quietMs: 600, maxMs: 10_000 })
  const typing = await typeMeasured(page, TYPED, seed)
  const [, afterTyping] = await withTasks(page, { quietMs: 800, maxMs: 15_000 }, () => Promise.resolve())
  const lastKey = typing.keys.at(-1)?.t0 ?? 0
  const previewUpdate = await page.evaluate(
    (since) => (window.__bench.mutations.at(-1) ?? since) - since,
    lastKey,
  )

  step('switch')
  const switches: AppRun['switches'] = []
  const switchTasks: LongTask[] = []
  for (let round = 0; round < 2; round++) {
    const [toJson, jsonTasks] = await withTasks(page, QUIET, () =>
      timedClick(page, page.getByRole('radio', { name: 'Create', exact: true }), {
        kind: 'count',
        selector: '.cm-content .cm-line',
        min: 20,
      }),
    )
    const [toFields, fieldTasks] = await withTasks(page, QUIET, () =>
      timedClick(page, page.getByRole('radio', { name: 'CreateExpanded', exact: true }), {
        kind: 'count',
        selector: `${streamFields} input`,
        min: 1,
      }),
    )
    switches.push({ toJson, toFields })
    switchTasks.push(...jsonTasks, ...fieldTasks)
  }
  longTasks.switches = switchTasks
  await page.context().close()

  step('paste')
  const jsonPage = await bodyParameterEditor(browser, origin)
  const [[pasted, pastePreviewed], pasteTasks] = await withTasks(
    jsonPage,
    QUIET,
    async () => (await startPaste(jsonPage, session)).done,
  )
  longTasks.paste = pasteTasks
  const [jsonToFields, fieldTasks] = await withTasks(jsonPage, QUIET, () =>
    timedClick(
      jsonPage,
      jsonPage.getByRole('radio', { name: 'CreateExpanded', exact: true }),
      treeItem(nodeValue(segments)),
    ),
  )
  longTasks.jsonToFields = fieldTasks
  await jsonPage.context().close()

  return {
    openFromTemplate,
    paste: pasted,
    pastePreviewed,
    jsonToFields,
    openFromJson: pasted + jsonToFields,
    select,
    controls,
    typing,
    previewUpdate,
    afterTyping,
    switches,
    longTasks,
  }
}

/** A fresh page in the Create parameter set, its BodyParameter editor focused with everything selected. */
export async function bodyParameterEditor(browser: Browser, origin: string): Promise<Page> {
  const page = await openPage(browser, `${origin}/`)
  await page.getByRole('radio', { name: 'Create', exact: true }).click()
  await page.getByRole('textbox', { name: 'BodyParameter', exact: true }).click()
  await page.keyboard.press('ControlOrMeta+a')
  await quietly(page)
  return page
}

/** Pastes `session` over the selection; `done`: the times until the text and the preview's size are painted. */
export function startPaste(page: Page, session: BenchSession): Promise<Started<[number, number]>> {
  const size = `${new Intl.NumberFormat('en-US').format(session.bytes)} bytes of`
  const done = page.evaluate(pasteTimed, {
    text: session.text,
    conditions: [
      { kind: 'count', selector: '.cm-content .cm-line', min: 20 },
      { kind: 'text', selector: 'section[aria-label="Request preview"]', pattern: size },
    ] satisfies Condition[],
  })
  return Promise.resolve({
    done: done.then(([pasted = Number.NaN, previewed = Number.NaN]): [number, number] => [pasted, previewed]),
  })
}
