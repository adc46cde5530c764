import type { Browser } from '@playwright/test'
import { openPage } from './page.ts'
import { settle } from './probe.ts'
import { TYPED, typeMeasured, type Typing } from './typing.ts'

export const EMPTY_PAGE = '<!doctype html><title>empty</title><input aria-label="field">'

/** The floor of the method: the same 20 keys into a bare input on an otherwise empty page. */
export async function runEmpty(browser: Browser, origin: string, seed: number): Promise<Typing> {
  const page = await openPage(browser, `${origin}/bench-data/empty.html`)
  await page.getByRole('textbox', { name: 'field' }).click()
  await page.evaluate(settle, { quietMs: 300, maxMs: 5000 })
  const typing = await typeMeasured(page, TYPED, seed)
  await page.context().close()
  return typing
}
