import { JsonNumber } from '#src/lib/json/json-value.ts'
import { setIn } from '#src/lib/json/path.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { expect, graphDocsExample, parsed, test } from './support/composer.ts'

const stream2 = ['segments', 0, 'media', 0, 'streams', 1]

test('BodyParameter → fields → BodyParameter: the JSON is the original plus exactly the one change', async ({
  composer,
}) => {
  await composer.pasteBody(graphDocsExample)
  await composer.parameterSet('CreateExpanded').check()
  await composer.open(1, 1, 2)
  const loss = composer.field('AveragePacketLossRate')
  await expect(loss).toHaveValue('0.01381693')
  await loss.fill('0.0200')
  await composer.parameterSet('Create').check()

  const expected = setIn(
    parsed(graphDocsExample),
    [...stream2, 'averagePacketLossRate'],
    new JsonNumber('0.0200'),
  )
  expect(await composer.bodyText()).toBe(stringifyJson(expected ?? null, 2))
})

test('unknown keys, explicit nulls, @odata.type and big integers survive the trip untouched', async ({
  composer,
}) => {
  const body =
    '{"x-first":{"10":1,"2":[null,{"__proto__":0.10}]},"id":"s1","caller":{"@odata.type":"#microsoft.graph.callRecords.participantEndpoint","name":null,"zz":1E+3},' +
    '"segments":[{"id":"g","startDateTime":"2020-02-25T18:52:21.2169889Z","endDateTime":"2020-02-25T18:52:46Z","media":[{"callerNetwork":{"linkSpeed":9223372036854775807,"dnsSuffix":null}}]}]}'
  await composer.pasteBody(body)
  await composer.parameterSet('CreateExpanded').check()
  await composer.open(1, 1)
  const callerNetwork = composer.page.getByRole('region', { name: 'CallerNetwork' })
  await expect(callerNetwork.getByRole('textbox', { name: 'LinkSpeed (bit/s)' })).toHaveValue(
    '9223372036854775807',
  )
  await composer.parameterSet('CreateViaIdentity').check()
  expect(await composer.bodyText()).toBe(stringifyJson(parsed(body), 2))
})

test('an error is shown at the field and in the summary, whose link leads back to the field', async ({
  composer,
  page,
}) => {
  await composer.pasteBody(graphDocsExample)
  await composer.parameterSet('CreateExpanded').check()
  await composer.open(1, 1, 1)
  await composer.field('AverageJitter').fill('seven ms')
  const summary = page.getByRole('region', { name: 'Issues' })
  await expect(summary).toContainText('1 error: Graph would reject this body')
  await expect(
    page.getByText('Not an ISO 8601 duration; write e.g. PT0.016S (16 ms), PT1.5S or P1DT2H').first(),
  ).toBeVisible()

  await composer.outlineRow(/^Session\b/).click()
  await summary.getByRole('button', { name: 'segments[0].media[0].streams[0].averageJitter' }).click()
  await expect(composer.field('AverageJitter')).toBeFocused()
  await page.keyboard.press('ControlOrMeta+a')
  await page.keyboard.type('7 ms')
  await expect(summary).toBeHidden()
  // Leaving the field shows what is stored: ISO 8601, and it stays after the field re-renders.
  await page.keyboard.press('Tab')
  await expect(composer.field('AverageJitter')).toHaveValue('PT0.007S')
  await expect(composer.field('AverageJitter')).toHaveAccessibleDescription(/RFC 3550/)
  await composer.field('MaxJitter').fill('1 ms')
  await expect(summary).toContainText('warning')
  await expect(composer.field('AverageJitter')).toHaveValue('PT0.007S')
})
