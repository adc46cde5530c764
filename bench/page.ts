import type { Browser, BrowserContext, Page } from '@playwright/test'
import { installProbe, NAME_SHIM } from './probe.ts'

/** A fresh context (no storage, no drafts) with the probe installed before any page script runs. */
export async function openPage(
  browser: Browser,
  url: string,
  setup?: (context: BrowserContext) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1 })
  await context.addInitScript({ content: NAME_SHIM })
  await context.addInitScript(installProbe)
  await setup?.(context)
  const page = await context.newPage()
  page.setDefaultTimeout(180_000)
  await page.goto(url)
  return page
}
