import type { Browser, Page } from '@playwright/test'
import { bodyParameterEditor, pickTemplate, startPaste, templateMenu, type Started } from './app-scenario.ts'
import { settle, waitPainted, type Condition, type LongTask } from './probe.ts'
import type { BenchSession } from './sessions.ts'

export interface Phase {
  /** Start of the action → its result painted. */
  ms: number
  /** Long tasks (> 50 ms) from the action until the page was quiet again. */
  longTasks: LongTask[]
  /**
   * Keys pressed every ~40 ms from the action until the page was quiet (Shift: it changes nothing), and
   * the longest any of them waited for the main thread: what "blocking input" means.
   */
  input: { probes: number; longestWait: number }
}

export interface LargeBodyRun {
  chars: number
  bytes: number
  /** Paste into the BodyParameter editor → text painted (and its preview, see `previewed`). */
  paste: Phase
  /** Paste → the preview shows the body's size (parse, validation and preview debounces included). */
  previewed: number
  /** CreateExpanded after the paste → the outline painted. */
  toFields: Phase
  /** Back to Create → the editor painted with the (re-formatted) body. */
  toJson: Phase
  /** The Templates menu path with this body (the bench serves it as the template's data). */
  fromTemplate: Phase
}

const QUIET = { quietMs: 1000, maxMs: 30_000 }
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Starts `action`, presses Shift every ~40 ms until its result is painted and the page is quiet again, and
 * reports how long those keys waited for the main thread and which long tasks ran.
 */
async function probed<T>(
  page: Page,
  action: () => Promise<Started<T>>,
): Promise<{ result: T; phase: Omit<Phase, 'ms'> }> {
  const [keyMark, taskMark] = await page.evaluate(() => [
    window.__bench.keys.length,
    window.__bench.longTasks.length,
  ])
  const { done } = await action()
  const phase = { finished: false }
  const quiet = done
    .then(() => page.evaluate(settle, QUIET))
    .finally(() => {
      phase.finished = true
    })
  let probes = 0
  while (!phase.finished) {
    await page.keyboard.press('Shift')
    probes += 1
    await sleep(40)
  }
  const result = await done
  await quiet
  const [waits, longTasks] = await page.evaluate(
    ([keys, tasks]) =>
      [
        window.__bench.keys.slice(keys).map((key) => key.queued),
        window.__bench.longTasks.slice(tasks),
      ] as const,
    [keyMark, taskMark] as const,
  )
  return {
    result,
    phase: { longTasks: [...longTasks], input: { probes, longestWait: Math.max(0, ...waits) } },
  }
}

/** Clicks a parameter set, then probes input until `condition` is painted and the page is quiet. */
async function probedSwitch(page: Page, name: string, condition: Condition): Promise<Phase> {
  const { result, phase } = await probed(page, async () => {
    const painted = page.evaluate(waitPainted, condition)
    await page.getByRole('radio', { name, exact: true }).click()
    return { done: painted.then((p) => p.ms) }
  })
  return { ms: result, ...phase }
}

/** Graph's 4 MB limit: paste, preview, switch both ways, and open the same body from the Templates menu. */
export async function runLargeBody(
  browser: Browser,
  origin: string,
  session: BenchSession,
): Promise<LargeBodyRun> {
  const page = await bodyParameterEditor(browser, origin)
  const paste = await probed(page, () => startPaste(page, session))
  const [pasted, previewed] = paste.result
  const toFields = await probedSwitch(page, 'CreateExpanded', {
    kind: 'count',
    selector: `[role="treeitem"][data-fui-tree-item-value="segments.${session.shape.segments - 1}"]`,
    min: 1,
  })
  const toJson = await probedSwitch(page, 'Create', {
    kind: 'count',
    selector: '.cm-content .cm-line',
    min: 20,
  })
  await page.context().close()

  const menu = await templateMenu(browser, origin, session)
  const template = await probed(menu, () => pickTemplate(menu, session))
  await menu.context().close()
  return {
    chars: session.text.length,
    bytes: session.bytes,
    paste: { ms: pasted, ...paste.phase },
    previewed,
    toFields,
    toJson,
    fromTemplate: { ms: template.result, ...template.phase },
  }
}
