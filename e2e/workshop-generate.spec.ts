import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './support/composer.ts'
import { workshopAction } from './support/workshop.ts'

async function generate(page: Page, seed: string): Promise<string> {
  await workshopAction(page, 'Generate')
  const dialog = page.getByRole('dialog', { name: 'Generate a session' })
  await dialog.getByRole('spinbutton', { name: 'Segments' }).fill('3')
  await dialog.getByRole('spinbutton', { name: 'Streams per media' }).fill('1')
  await dialog.getByRole('checkbox', { name: 'Screen sharing', exact: true }).check()
  await dialog.getByRole('textbox', { name: 'Seed' }).fill(seed)
  await expect(dialog).toContainText('3 × 2 × 1: 6 streams.')
  await dialog.getByRole('button', { name: 'Generate', exact: true }).click()
  await expect(dialog).toBeHidden()
  await page
    .getByRole('region', { name: 'Request preview' })
    .getByRole('button', { name: 'Copy body' })
    .click()
  return page.evaluate(() => navigator.clipboard.readText())
}

test('Generate makes a session of the chosen shape, the same one again from the same seed', async ({
  page,
  composer,
}) => {
  await expect(composer.parameterSet('CreateExpanded')).toBeChecked()
  const first = await generate(page, 'workshop-1')
  await expect(page.getByRole('tree', { name: 'Outline' }).getByRole('treeitem', { level: 2 })).toHaveCount(3)
  expect(first).toMatch(/"modalities": \[\s*"audio",\s*"video",\s*"screenSharing"\s*\]/)
  expect(await generate(page, 'workshop-1')).toBe(first)
  expect(await generate(page, 'workshop-2')).not.toBe(first)
})

for (const theme of ['Light', 'Dark'] as const) {
  test(`the workshop dialogs and the presenter header have no axe violations (${theme.toLowerCase()})`, async ({
    page,
    composer,
  }) => {
    await page.getByRole('button', { name: 'Theme' }).click()
    await page.getByRole('menuitemradio', { name: theme }).click()
    await page.getByRole('textbox', { name: 'CallRecordId' }).fill('rec-axe')
    await composer.emptyForm()
    await composer.field('Id').fill('s-axe')
    const scan = async (selector: string) => {
      const results = await new AxeBuilder({ page })
        .include(selector)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze()
      return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
    }
    for (const [action, title] of [
      ['Generate', 'Generate a session'],
      ['Bulk send', 'Bulk send'],
      ['Drafts', 'Drafts'],
      ['Share link', 'Share link'],
    ] as const) {
      await workshopAction(page, action)
      const dialog = page.getByRole('dialog', { name: title })
      await expect(dialog.getByRole('button').first()).toBeVisible()
      // Let the dialog finish opening: axe reads colours, which a fade-in has not reached yet.
      await expect(dialog).toHaveCSS('opacity', '1')
      expect(await scan('[role="dialog"]'), `${action} dialog`).toEqual([])
      await page.keyboard.press('Escape')
      await expect(dialog).toBeHidden()
    }
    await page.getByRole('switch', { name: 'Presenter mode' }).check()
    expect(await scan('header'), 'header in presenter mode').toEqual([])
  })
}
