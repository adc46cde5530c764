import { JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { getIn, setIn } from '#src/lib/json/path.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { expect, graphDocsExample, parsed, test, type Composer } from './support/composer.ts'

async function expanded(composer: Composer): Promise<void> {
  await composer.pasteBody(graphDocsExample)
  await composer.parameterSet('CreateExpanded').check()
}

async function bodyAfterwards(composer: Composer): Promise<JsonValue> {
  await composer.parameterSet('Create').check()
  return parsed(await composer.bodyText())
}

test('segments, media, streams and trace-route hops: add, duplicate, move and remove', async ({
  composer,
  page,
}) => {
  await expanded(composer)
  const original = parsed(graphDocsExample)
  await composer.open(1)
  await page
    .getByRole('toolbar', { name: 'Segment 1 actions' })
    .getByRole('button', { name: 'Duplicate' })
    .click()
  await expect(page.getByRole('navigation', { name: 'Where you are' })).toContainText('Segment 2')
  await composer.field('Id').fill('copy')
  await page
    .getByRole('toolbar', { name: 'Segment 2 actions' })
    .getByRole('button', { name: 'Move up' })
    .click()
  await expect(composer.field('Id')).toHaveValue('copy')
  await composer.open(2)
  await page
    .getByRole('toolbar', { name: 'Segment 2 actions' })
    .getByRole('button', { name: 'Remove' })
    .click()
  await expect(composer.outlineItem(/^Segment 2\b/)).toHaveCount(0)

  await composer.open(1)
  await page.getByRole('button', { name: 'Add media' }).click()
  await expect(page.getByRole('navigation', { name: 'Where you are' })).toContainText('Media 2')
  await page.getByRole('button', { name: 'Add stream' }).click()
  await composer.field('StreamId').fill('42')
  await composer.open(1, 1)
  const callerNetwork = page.getByRole('region', { name: 'CallerNetwork' })
  await callerNetwork.getByRole('button', { name: 'Add TraceRouteHop' }).click()
  await callerNetwork.getByRole('textbox', { name: 'HopCount' }).fill('1')

  let expected = setIn(original, ['segments', 0, 'id'], 'copy') ?? null
  expected =
    setIn(expected, ['segments', 0, 'media', 1], new Map([['streams', [new Map([['streamId', '42']])]]])) ??
    null
  const network = ['segments', 0, 'media', 0, 'callerNetwork', 'traceRouteHops']
  expected = setIn(expected, network, [new Map([['hopCount', new JsonNumber('1')]])]) ?? null
  expect(stringifyJson(await bodyAfterwards(composer), 2)).toBe(stringifyJson(expected, 2))
})

test('additional properties: added, edited and renamed in place, and they travel as typed', async ({
  composer,
  page,
}) => {
  await expanded(composer)
  const extras = page.getByRole('group', { name: 'Additional properties of the session' })
  await extras.getByRole('button', { name: 'Add property' }).click()
  await extras.getByRole('textbox', { name: 'Property name' }).fill('x-lab')
  await extras
    .getByRole('textbox', { name: 'Value of x-lab (JSON)' })
    .fill('{"run": 7, "ok": null, "big": 12345678901234567890}')
  await page.keyboard.press('Tab')
  await expect(extras.getByRole('textbox', { name: 'Property name' })).toHaveValue('x-lab')

  const withExtra = await bodyAfterwards(composer)
  expect(stringifyJson(getIn(withExtra, ['x-lab']) ?? null)).toBe(
    '{"run":7,"ok":null,"big":12345678901234567890}',
  )
  expect([...(withExtra as Map<string, unknown>).keys()].at(-1)).toBe('x-lab')

  await composer.parameterSet('CreateExpanded').check()
  await extras.getByRole('textbox', { name: 'Value of x-lab (JSON)' }).fill('[1, 2')
  await expect(extras.getByText(/^Not JSON:/)).toBeVisible()
  await extras.getByRole('textbox', { name: 'Value of x-lab (JSON)' }).fill('[1, 2]')
  await extras.getByRole('textbox', { name: 'Property name' }).fill('modalities')
  await page.keyboard.press('Tab')
  await expect(extras.getByText('modalities is already a property here')).toBeVisible()
  await extras.getByRole('textbox', { name: 'Property name' }).fill('x-lab-2')
  await page.keyboard.press('Tab')
  const renamed = await bodyAfterwards(composer)
  expect(stringifyJson(getIn(renamed, ['x-lab-2']) ?? null)).toBe('[1,2]')
  expect(getIn(renamed, ['x-lab'])).toBeUndefined()
})

test('switching the caller to a service endpoint keeps its participant fields, now as additional properties', async ({
  composer,
  page,
}) => {
  await expanded(composer)
  const caller = page.getByRole('region', { name: 'Caller', exact: true })
  await caller.getByRole('combobox', { name: 'Caller type (@odata.type)' }).selectOption('serviceEndpoint')
  await expect(
    caller
      .getByRole('group', { name: 'Additional properties of caller' })
      .getByRole('textbox', { name: 'Property name' })
      .first(),
  ).toHaveValue('name')
  await composer.field('Id').focus()
  await page.keyboard.press('Alt+n')
  await expect(composer.field('Id')).toHaveValue('')
  await expect(composer.field('Id')).toHaveAttribute('placeholder', 'null')
  const body = await bodyAfterwards(composer)
  const original = parsed(graphDocsExample)
  const expected = setIn(
    setIn(original, ['caller', '@odata.type'], '#microsoft.graph.callRecords.serviceEndpoint'),
    ['id'],
    null,
  )
  expect(stringifyJson(body, 2)).toBe(stringifyJson(expected ?? null, 2))
})
