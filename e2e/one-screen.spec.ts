import { randomUUID } from 'node:crypto'
import type { Locator, Page } from '@playwright/test'
import { expect, sessionBody, test } from './support/send-app.ts'

/**
 * How many lines of text a region shows: the height of its content box left in view (clipped by the window
 * and by every box around it that clips) over the line height of its text. Blank lines count: they are lines.
 */
function visibleLines(region: Locator): Promise<number> {
  return region.evaluate((element) => {
    const own = getComputedStyle(element)
    const px = (value: string) => Number.parseFloat(value) || 0
    const rect = element.getBoundingClientRect()
    let top = rect.top + px(own.borderTopWidth) + px(own.paddingTop)
    let bottom = rect.bottom - px(own.borderBottomWidth) - px(own.paddingBottom)
    top = Math.max(top, 0)
    bottom = Math.min(bottom, window.innerHeight)
    for (let box = element.parentElement; box; box = box.parentElement) {
      const style = getComputedStyle(box)
      if (style.overflowY === 'visible') continue
      const clip = box.getBoundingClientRect()
      top = Math.max(top, clip.top)
      bottom = Math.min(bottom, clip.bottom)
    }
    // The line height of the text itself (the first element that holds text).
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    let lineHeight = 0
    while (walker.nextNode() && !lineHeight) {
      const holder = walker.currentNode.parentElement
      if (holder && walker.currentNode.textContent?.trim()) lineHeight = holder.getBoundingClientRect().height
    }
    if (!lineHeight || rect.width === 0) return 0
    return Math.floor((bottom - top) / lineHeight + 0.01)
  })
}

async function pageScrolls(page: Page): Promise<{ height: number; width: number }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement
    return { height: root.scrollHeight - window.innerHeight, width: root.scrollWidth - window.innerWidth }
  })
}

const requestBody = (page: Page) =>
  page.getByRole('region', { name: 'Request preview' }).getByRole('region', { name: 'Request body' })
const powershell = (page: Page) =>
  page.getByRole('region', { name: 'Code', exact: true }).getByRole('region', { name: 'PowerShell code' })
const responseBody = (page: Page) =>
  page.getByRole('region', { name: 'Response', exact: true }).getByRole('region', { name: 'Response body' })

for (const { width, height, tabs } of [
  { width: 1440, height: 900, tabs: false },
  { width: 1024, height: 768, tabs: true },
]) {
  test.describe(`at ${width}×${height}`, () => {
    test.use({ viewport: { width, height } })

    test('a realistic session on one screen: the page never scrolls, request, code and response each show 12+ lines', async ({
      app,
      page,
    }, testInfo) => {
      await app.signIn()
      const sessionId = randomUUID()
      await app.compose(sessionBody(sessionId))
      await app.composer.parameterSet('CreateExpanded').check()
      await expect(app.composer.outlineItem(/^Segment 1\b/)).toBeVisible()
      await app.sendButton().click()
      await expect(app.response()).toContainText('201 Created')
      await expect(responseBody(page)).toContainText(`"id": "${sessionId}"`)

      const measured: Record<string, number> = {}
      measured.response = await visibleLines(responseBody(page))
      expect(await pageScrolls(page), 'the page scrolls with the response shown').toEqual({
        height: 0,
        width: 0,
      })
      if (tabs) {
        // No room for three panes: the request and the code are tabs beside the response.
        await page.getByRole('tab', { name: 'Request', exact: true }).click()
      }
      await expect(requestBody(page)).toContainText(`"id": "${sessionId}"`)
      measured.request = await visibleLines(requestBody(page))
      expect(await pageScrolls(page), 'the page scrolls with the request shown').toEqual({
        height: 0,
        width: 0,
      })
      if (tabs) await page.getByRole('tab', { name: 'Code', exact: true }).click()
      await expect(powershell(page)).toContainText('Import-Module Microsoft.Graph.Beta.CloudCommunications')
      measured.code = await visibleLines(powershell(page))
      expect(await pageScrolls(page), 'the page scrolls with the code shown').toEqual({ height: 0, width: 0 })
      testInfo.annotations.push({ type: 'visible lines', description: JSON.stringify(measured) })
      await page.screenshot({ path: testInfo.outputPath(`one-screen-${width}x${height}-code.png`) })
      expect(measured.request, 'request body lines').toBeGreaterThanOrEqual(12)
      expect(measured.code, 'code lines').toBeGreaterThanOrEqual(12)
      expect(measured.response, 'response body lines').toBeGreaterThanOrEqual(12)

      // Every tab of the results is whole: none is cut off by its card.
      const cut = await page
        .getByRole('tab', { name: 'Sessions on target' })
        .locator('xpath=..')
        .getByRole('tab')
        .evaluateAll((all) =>
          all
            .filter((tab) => {
              const box = tab.getBoundingClientRect()
              for (let clip = tab.parentElement; clip; clip = clip.parentElement) {
                if (getComputedStyle(clip).overflowX === 'visible') continue
                const edge = clip.getBoundingClientRect()
                if (box.left < edge.left - 0.5 || box.right > edge.right + 0.5) return true
              }
              return box.left < 0 || box.right > window.innerWidth
            })
            .map((tab) => tab.textContent),
        )
      expect(cut, 'tabs cut off').toEqual([])

      if (tabs) await page.getByRole('tab', { name: 'Response', exact: true }).click()
      await expect(responseBody(page)).toBeVisible()
      await page.screenshot({ path: testInfo.outputPath(`one-screen-${width}x${height}.png`) })
    })
  })
}
