import type { Page } from '@playwright/test'
import { expect, test } from './support/composer.ts'

// The field's own message, exactly: the PowerShell code says "# required: the unique identifier…" as a comment.
const REQUIRED = 'Required: the unique identifier of callRecord'

const callRecordId = (page: Page) => page.getByRole('textbox', { name: 'CallRecordId' })

test('an empty draft shows the first-run offers, each leading somewhere', async ({ composer, page }) => {
  const start = page.getByRole('region', { name: 'Start a session' })
  await expect(start).toBeVisible()
  const ways = start.getByRole('group', { name: 'Ways to start' })
  await expect(ways.getByRole('button')).toHaveText([
    'Start from a template',
    'Generate a session',
    'Paste BodyParameter JSON',
    'Import a file',
  ])

  await ways.getByRole('button', { name: 'Generate a session' }).click()
  await expect(page.getByRole('dialog', { name: /Generate/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)

  const chooser = page.waitForEvent('filechooser')
  await ways.getByRole('button', { name: 'Import a file' }).click()
  await chooser

  await ways.getByRole('button', { name: 'Start from a template' }).click()
  await expect(page.getByRole('menuitem').first()).toBeVisible()
  await page.keyboard.press('Escape')

  await ways.getByRole('button', { name: 'Paste BodyParameter JSON' }).click()
  await expect(composer.parameterSet('Create')).toBeChecked()
  await expect(composer.bodyParameter()).toBeFocused()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.insertText('{"id": "pasted"}')
  await expect(
    page.getByRole('region', { name: 'Request preview' }).getByRole('region', { name: 'Request body' }),
  ).toContainText('"id": "pasted"')
})

test('a template from the first-run offers fills the form', async ({ composer, page }) => {
  const ways = page.getByRole('group', { name: 'Ways to start' })
  await ways.getByRole('button', { name: 'Start from a template' }).click()
  await page.getByRole('menuitem').first().click()
  await expect(page.getByRole('region', { name: 'Start a session' })).toHaveCount(0)
  await expect(composer.outlineItem(/^Segment 1\b/)).toBeVisible()
})

test('CallRecordId is not an error on first sight, and is once visited', async ({ composer, page }) => {
  await expect(composer.parameterSet('CreateExpanded')).toBeChecked()
  const field = callRecordId(page)
  await expect(field).toBeVisible()
  await expect(page.getByText(REQUIRED, { exact: true })).toHaveCount(0)
  await expect(field).not.toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('The unique identifier of callRecord', { exact: true })).toBeVisible()

  await field.focus()
  await page.keyboard.press('Tab')
  await expect(page.getByText(REQUIRED, { exact: true })).toBeVisible()
  await expect(field).toHaveAttribute('aria-invalid', 'true')

  await field.fill('rec-1')
  await expect(page.getByText(REQUIRED, { exact: true })).toHaveCount(0)
})

test('CallRecordId says it is required once What if is tried', async ({ composer, page }) => {
  await expect(composer.parameterSet('CreateExpanded')).toBeChecked()
  await expect(callRecordId(page)).toBeVisible()
  await expect(page.getByText(REQUIRED, { exact: true })).toHaveCount(0)
  await page.getByRole('button', { name: 'What if', exact: true }).click()
  // What if still opens, with the cmdlet's own error; the page behind it is inert until it closes.
  const whatIf = page.getByRole('dialog', { name: '-WhatIf' })
  await expect(whatIf).toContainText("Cannot bind argument to parameter 'CallRecordId'")
  await page.keyboard.press('Escape')
  await expect(whatIf).toBeHidden()
  await expect(page.getByText(REQUIRED, { exact: true })).toBeVisible()
  await expect(callRecordId(page)).toHaveAttribute('aria-invalid', 'true')
})

test('CallRecordId says it is required once Send is tried (Send is blocked, the field says why)', async ({
  composer,
  page,
}) => {
  await expect(composer.parameterSet('CreateExpanded')).toBeChecked()
  await expect(callRecordId(page)).toBeVisible()
  await expect(page.getByText(REQUIRED, { exact: true })).toHaveCount(0)
  const send = page.getByRole('button', { name: 'Send', exact: true })
  await expect(send).toBeDisabled()
  await send.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByText(REQUIRED, { exact: true })).toBeVisible()
  await expect(callRecordId(page)).toHaveAttribute('aria-invalid', 'true')
})
