import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test, type Composer } from './support/composer.ts'

/**
 * A part of the app that cannot be downloaded (the server stopped, a deploy replaced the files) must not leave
 * a blank page or cost the draft: the app says what failed, and a reload brings everything back.
 */
const WHAT_IF_CHUNK = /\/assets\/what-if-dialog-[^/]*\.js$/

/** Types a CallRecordId, then opens What if while its code cannot be downloaded. */
async function failWhatIf(page: Page, composer: Composer, callRecordId: string): Promise<void> {
  await expect(composer.parameterSet('CreateExpanded')).toBeChecked()
  await page.getByRole('textbox', { name: 'CallRecordId' }).fill(callRecordId)
  // The handler stays installed and answers every request for the chunk: a request that arrives while
  // `unroute` runs could otherwise be left pending, and the module map would wait on it for good.
  let failing = true
  await page.route(WHAT_IF_CHUNK, (route) => (failing ? route.abort('connectionreset') : route.continue()))
  await page.getByRole('button', { name: 'What if' }).click()
  await expect(page.getByText('Session Composer stopped')).toBeVisible()
  failing = false
}

/** The composer is back with the CallRecordId typed before, and What if now opens. */
async function expectBackWith(page: Page, callRecordId: string): Promise<void> {
  await expect(page.getByRole('textbox', { name: 'CallRecordId' })).toHaveValue(callRecordId)
  await page.getByRole('button', { name: 'What if' }).click()
  await expect(page.getByRole('dialog', { name: '-WhatIf' })).toContainText(callRecordId)
}

test('after a failed download, Try again downloads again and the app carries on where it was', async ({
  page,
  composer,
}) => {
  await failWhatIf(page, composer, 'rec-try-again')
  await page.getByRole('button', { name: 'Try again' }).click()
  await expectBackWith(page, 'rec-try-again')
})

test('a dialog that cannot be downloaded shows what failed, and Reload brings the draft back', async ({
  page,
  composer,
}) => {
  await failWhatIf(page, composer, 'rec-kept-through-failure')
  await expect(page.getByRole('main')).toContainText('what-if-dialog')
  await expect(page.getByRole('main')).toContainText('Your draft is saved in this browser')
  await expect(page.getByRole('button', { name: 'Reload' })).toBeFocused()
  const scan = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  expect(scan.violations.map((v) => v.id)).toEqual([])

  await page.getByRole('button', { name: 'Reload' }).click()
  await expectBackWith(page, 'rec-kept-through-failure')
})

test('when the drafts code cannot be downloaded at start, the page says so instead of spinning forever', async ({
  page,
}) => {
  await page.route(/\/assets\/workshop-runtime-[^/]*\.js$/, (route) => route.abort('connectionreset'))
  await page.goto('/')
  await expect(page.getByText('Session Composer stopped')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible()
  await expect(page.getByText('Restoring your draft…')).toBeHidden()
})
