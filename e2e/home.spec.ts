import { expect, test } from '@playwright/test'

test('the app opens on the composer', async ({ page }) => {
  await page.goto('/')
  await expect(page).toHaveTitle('Session Composer')
  await expect(page.getByRole('heading', { level: 1, name: 'Session Composer' })).toBeVisible()
})
