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
  // A service endpoint declares none of them: each is now an error, at its key.
  await expect(page.getByRole('region', { name: 'Issues' })).toContainText('5 errors')
  const headerValue = caller.getByRole('textbox', { name: /HeaderValue$/ })
  await headerValue.focus()
  await page.keyboard.press('Alt+n')
  await expect(headerValue).toHaveValue('')
  await expect(headerValue).toHaveAttribute('placeholder', 'null')
  const body = await bodyAfterwards(composer)
  const original = parsed(graphDocsExample)
  const expected = setIn(
    setIn(original, ['caller', '@odata.type'], '#microsoft.graph.callRecords.serviceEndpoint'),
    ['caller', 'userAgent', 'headerValue'],
    null,
  )
  expect(stringifyJson(body, 2)).toBe(stringifyJson(expected ?? null, 2))
})

test('the caller identified as Teams records it: a communicationsIdentitySet holding a communicationsUserIdentity', async ({
  composer,
  page,
}) => {
  await expanded(composer)
  const identity = page
    .getByRole('region', { name: 'Caller', exact: true })
    .getByRole('region', { name: 'Identity', exact: true })
  await identity
    .getByRole('combobox', { name: 'Identity type (@odata.type)' })
    .selectOption('communicationsIdentitySet')
  const user = identity.getByRole('region', { name: 'User', exact: true })
  const userType = user.getByRole('combobox', { name: 'User type (@odata.type)' })
  await expect(userType.locator('option')).toHaveCount(9)
  await userType.selectOption('communicationsUserIdentity')
  await user.getByRole('textbox', { name: /TenantId$/ }).fill('dc368399-474c-4d40-900c-6265431fd81f')
  await identity.getByRole('combobox', { name: /EndpointType$/ }).selectOption('default')

  const body = await bodyAfterwards(composer)
  expect(stringifyJson(getIn(body, ['caller', 'identity']) ?? null)).toBe(
    '{"@odata.type":"#microsoft.graph.communicationsIdentitySet","user":{"@odata.type":"#microsoft.graph.communicationsUserIdentity","tenantId":"dc368399-474c-4d40-900c-6265431fd81f"},"endpointType":"default"}',
  )
  expect(stringifyJson(setIn(body, ['caller', 'identity'], undefined) ?? null, 2)).toBe(
    stringifyJson(parsed(graphDocsExample), 2),
  )
  await expect(page.getByRole('region', { name: 'Issues' })).toBeHidden()
})

test('a user agent without @odata.type is read, flagged as abstract, and never offered', async ({
  composer,
  page,
}) => {
  await composer.pasteBody(
    '{"caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","userAgent":{"headerValue":"x"}}}',
  )
  await composer.parameterSet('CreateExpanded').check()
  const agent = page
    .getByRole('region', { name: 'Caller', exact: true })
    .getByRole('region', { name: 'UserAgent', exact: true })
  const type = agent.getByRole('combobox', { name: 'UserAgent type (@odata.type)' })
  await expect(type).toHaveValue('userAgent')
  await expect(type.locator('option', { hasText: 'abstract' })).toBeDisabled()
  await expect(
    agent.getByText(
      "An instance of the abstract resource type 'microsoft.graph.callRecords.userAgent' was found.",
    ),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: 'Issues' })).toContainText('1 error')
  await type.selectOption('clientUserAgent')
  await expect(type.locator('option')).toHaveText([
    'clientUserAgent (#microsoft.graph.callRecords.clientUserAgent)',
    'serviceUserAgent (#microsoft.graph.callRecords.serviceUserAgent)',
  ])
  await expect(page.getByRole('region', { name: 'Issues' })).toBeHidden()
  await expect(agent.getByRole('textbox', { name: /HeaderValue$/ })).toHaveValue('x')
})

test('an undeclared property is an error at its key, in Graph’s words, with the name it was close to', async ({
  composer,
  page,
}) => {
  await expanded(composer)
  const extras = page.getByRole('group', { name: 'Additional properties of the session' })
  await extras.getByRole('button', { name: 'Add property' }).click()
  await extras.getByRole('textbox', { name: 'Property name' }).fill('isTset')
  await extras.getByRole('textbox', { name: 'Value of isTset (JSON)' }).fill('true')
  // Past the row's Remove button: leaving the row adds the property.
  await page.keyboard.press('Tab')
  await page.keyboard.press('Tab')
  await expect(
    extras.getByText(
      "The property 'isTset' does not exist on type 'microsoft.graph.callRecords.session'. Make sure to only use property names that are defined by the type or mark the type as open type. Did you mean 'isTest'?",
    ),
  ).toBeVisible()
  await expect(page.getByRole('region', { name: 'Issues' })).toContainText('1 error')
})
