import { expect, type Page } from '@playwright/test'

/** Clicks a header workshop tool, through "More" when the header is too narrow to show it. */
export async function workshopAction(page: Page, name: string): Promise<void> {
  const tools = page.getByRole('group', { name: 'Workshop tools' })
  // The header appears once the last draft is restored.
  await expect(tools).toBeVisible()
  const button = tools.getByRole('button', { name, exact: true })
  if (await button.isVisible()) {
    await button.click()
    return
  }
  await tools.getByRole('button', { name: 'More', exact: true }).click()
  await page.getByRole('menuitem', { name, exact: true }).click()
}

/** Imports a file as a user does: Import, then the browser's file picker. */
export async function importFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await workshopAction(page, 'Import')
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') })
}
