import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'

/**
 * A BodyParameter near Graph's 4 MB write limit: the realistic example with its segment repeated, every
 * tenth one carrying an invalid duration so that the schema diagnostics are mapped too. Records the long
 * tasks (> 50 ms) of pasting, opening and typing, and prints them; it asserts what must work, not timings.
 */
const example = JSON.parse(
  readFileSync(new URL('../src/features/templates/data/graph-docs-example.json', import.meta.url), 'utf8'),
) as { segments: { media: { streams: { averageJitter: string }[] }[] }[] }

const SEGMENTS = 880
function largeBody(): string {
  const [segment] = example.segments
  const segments = Array.from({ length: SEGMENTS }, (_, i) => {
    const copy = structuredClone(segment)
    const stream = copy?.media[0]?.streams[0]
    if (stream && i % 10 === 9) stream.averageJitter = 'slow'
    return copy
  })
  return JSON.stringify({ ...example, segments }, null, 2)
}

interface LongTasks {
  count: number
  longest: number
  total: number
}

async function recordLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const tasks: number[] = []
    Object.assign(window, { longTasks: tasks })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(entry.duration)
    }).observe({ type: 'longtask' })
  })
}

/** Long tasks since the last call, after letting the page go idle for a moment. */
async function takeLongTasks(page: Page): Promise<LongTasks> {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }))
    const tasks = (window as unknown as { longTasks: number[] }).longTasks.splice(0)
    return {
      count: tasks.length,
      longest: Math.round(Math.max(0, ...tasks)),
      total: Math.round(tasks.reduce((a, b) => a + b, 0)),
    }
  })
}

/** Event Timing: from each key's input to the frame painted after it (8 ms granularity). */
async function recordKeys(page: Page): Promise<void> {
  await page.evaluate(() => {
    const keys: number[] = []
    Object.assign(window, { keys })
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) if (entry.name === 'keydown') keys.push(entry.duration)
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit)
  })
}

async function takeKeys(page: Page): Promise<{ over16ms: number; longest: number }> {
  return page.evaluate(() => {
    const keys = (window as unknown as { keys: number[] }).keys
    return { over16ms: keys.length, longest: Math.max(0, ...keys) }
  })
}

/**
 * Milliseconds from the pointer down that starts `action` until the editor has painted many lines
 * (`painted`) and until its status line matches (`checked`: debounce, parse and validation included).
 */
async function timeUntilShown(
  page: Page,
  pattern: RegExp,
  action: () => Promise<void>,
): Promise<{ painted: number; checked: number }> {
  await page.evaluate(() => {
    document.addEventListener('pointerdown', () => Object.assign(window, { begun: performance.now() }), {
      capture: true,
      once: true,
    })
  })
  const shown = page.evaluate(
    (source) =>
      new Promise<{ painted: number; checked: number }>((resolve) => {
        let painted = 0
        const check = () => {
          const begun = (window as unknown as { begun?: number }).begun
          const status = document.querySelector('section[aria-label="BodyParameter JSON"] [role=status]')
          if (
            begun !== undefined &&
            !painted &&
            document.querySelectorAll('.cm-content .cm-line').length > 20
          )
            painted = performance.now() - begun
          if (painted && begun !== undefined && new RegExp(source).test(status?.textContent ?? ''))
            resolve({ painted: Math.round(painted), checked: Math.round(performance.now() - begun) })
          else requestAnimationFrame(check)
        }
        check()
      }),
    pattern.source,
  )
  await action()
  return shown
}

test('a 4 MB BodyParameter pastes, opens and takes typing', async ({ page }, testInfo) => {
  const text = largeBody()
  await page.goto('/')
  await page.getByRole('radio', { name: 'Create', exact: true }).check()
  const editor = page.getByRole('textbox', { name: 'BodyParameter', exact: true })
  const status = page.getByRole('region', { name: 'BodyParameter JSON' }).getByRole('status')
  await recordLongTasks(page)

  await editor.focus()
  await page.keyboard.press('ControlOrMeta+a')
  const pasteMs = await timeUntilShown(page, /^88 errors/, () =>
    editor.evaluate((content, data) => {
      content.dispatchEvent(new PointerEvent('pointerdown')) // starts the clock, as a click would
      const clipboardData = new DataTransfer()
      clipboardData.setData('text/plain', data)
      content.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }))
    }, text),
  )
  const paste = await takeLongTasks(page)
  await expect(page.locator('.cm-lint-marker-error').first()).toBeAttached()

  await page.getByRole('radio', { name: 'CreateExpanded', exact: true }).click()
  await expect(page.getByRole('radio', { name: 'CreateExpanded', exact: true })).toBeChecked()
  const toFields = await takeLongTasks(page)
  const openMs = await timeUntilShown(page, /^88 errors/, () =>
    page.getByRole('radio', { name: 'Create', exact: true }).click(),
  )
  await expect(editor).toBeVisible()
  const open = await takeLongTasks(page)

  // Inside "audio": each key keeps the JSON valid, so every pause parses and validates the whole body.
  await editor.locator('.cm-line').nth(3).click()
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowLeft')
  await recordKeys(page)
  await page.keyboard.type('abcdefghijklmnopqrst', { delay: 50 })
  await expect(status).toHaveText(/^89 errors/)
  const typing = await takeLongTasks(page)
  const keys = await takeKeys(page)

  const results = { chars: text.length, pasteMs, paste, toFields, openMs, open, typing, keys }
  console.log(`4 MB BodyParameter: ${JSON.stringify(results)}`)
  await testInfo.attach('large-body-long-tasks', {
    body: JSON.stringify(results, null, 2),
    contentType: 'application/json',
  })
  expect(text.length).toBeGreaterThan(3_900_000)
})
