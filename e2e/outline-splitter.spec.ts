import { expect, test } from './support/composer.ts'

test('the outline can be widened by keyboard and by dragging, and keeps its width after a reload', async ({
  page,
  composer,
}) => {
  // A wide screen: the form column has room for the outline to grow beside a usable detail pane.
  await page.setViewportSize({ width: 1920, height: 1080 })
  await expect(composer.parameterSet('CreateExpanded')).toBeChecked()
  await composer.emptyForm()
  const outline = page.getByRole('navigation', { name: 'Session outline' })
  const splitter = page.getByRole('separator', { name: 'Resize outline' })
  const width = async () => Math.round((await outline.boundingBox())?.width ?? 0)
  const before = await width()
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before))

  await splitter.focus()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Shift+ArrowRight')
  await expect.poll(width).toBe(before + 16 + 64)
  await expect(splitter).toHaveAttribute('aria-valuenow', String(before + 80))
  await page.keyboard.press('Home')
  await expect.poll(width).toBe(160)

  const grip = await splitter.boundingBox()
  if (!grip) throw new Error('no splitter box')
  const x = grip.x + grip.width / 2
  const y = grip.y + 40
  await page.mouse.move(x, y)
  await page.mouse.down()
  await page.mouse.move(x + 150, y, { steps: 5 })
  await page.mouse.up()
  await expect.poll(width).toBe(310)

  await page.reload()
  await composer.emptyForm()
  await expect(page.getByRole('navigation', { name: 'Session outline' })).toBeVisible()
  await expect.poll(width).toBe(310)

  await page.getByRole('separator', { name: 'Resize outline' }).dblclick()
  await expect.poll(width).toBe(before)
})
