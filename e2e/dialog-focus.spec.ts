import { expect, test } from './support/composer.ts'

/**
 * Every dialog opened from a button is loaded on first use (to keep it out of the first download) and, when
 * Escape closes it, gives the focus back to that button, so a keyboard user carries on where they were.
 */
const opened = [
  { button: 'What if', dialog: '-WhatIf' },
  { button: 'Settings', dialog: 'Settings' },
  { button: 'Generate', dialog: 'Generate a session' },
  { button: 'Bulk send', dialog: /Bulk send/ },
  { button: 'Drafts', dialog: /Drafts/ },
  { button: 'Share link', dialog: /Share/ },
]

test('each dialog opens from the keyboard and Escape gives the focus back to its button', async ({
  page,
  composer,
}) => {
  await page.setViewportSize({ width: 1600, height: 900 })
  await expect(composer.parameterSet('CreateExpanded')).toBeChecked()
  for (const { button, dialog } of opened) {
    const opener = page.getByRole('button', { name: button, exact: true })
    await opener.focus()
    await page.keyboard.press('Enter')
    const shown = page.getByRole('dialog', { name: dialog })
    await expect(shown, button).toBeVisible()
    await expect(shown.locator(':focus'), `focus moves into ${button}`).toHaveCount(1)
    await page.keyboard.press('Escape')
    await expect(shown).toBeHidden()
    await expect(opener, `focus back on ${button}`).toBeFocused()
  }
})

test('a template over a body with content asks first, and the answer gives the focus back', async ({
  page,
  composer,
}) => {
  await composer.pasteBody('{"id":"kept"}')
  await page.getByRole('button', { name: 'Templates' }).click()
  await page.getByRole('menuitem', { name: /Empty session/ }).click()
  const ask = page.getByRole('dialog', { name: 'Replace the body with “Empty session”?' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Cancel' }).click()
  await expect(ask).toBeHidden()
  await expect(composer.bodyParameter()).toContainText('"kept"')
  await expect(page.getByRole('button', { name: 'Templates' })).toBeFocused()
})

test('a dialog opened from the “More” menu of a narrow header gives the focus back to “More”', async ({
  page,
  composer,
}) => {
  await page.setViewportSize({ width: 900, height: 800 })
  await expect(composer.parameterSet('CreateExpanded')).toBeChecked()
  const more = page.getByRole('group', { name: 'Workshop tools' }).getByRole('button', { name: 'More' })
  await expect(more).toBeVisible()
  await more.focus()
  await page.keyboard.press('Enter')
  const items = page.getByRole('menuitem')
  await expect(items.first()).toBeFocused()
  const first = (await items.first().textContent()) ?? ''
  await page.keyboard.press('Enter')
  const shown = page.getByRole('dialog')
  await expect(shown, `${first} opens a dialog`).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(shown).toBeHidden()
  await expect(more).toBeFocused()
})
