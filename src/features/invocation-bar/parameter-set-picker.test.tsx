import { screen, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { renderWithComposer } from '#src/features/open-draft/testing/render-with-composer.tsx'
import { textToBody } from '#src/features/parameter-sets/body-text.ts'
import { jsonEqual } from '#src/lib/json/equal.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { InvocationBar } from './invocation-bar.tsx'

// Unknown keys at every depth, explicit nulls, an annotation, key order and an Int64 beyond 2^53.
const LOSSLESS = `{
  "zeta": 1,
  "id": "s-1",
  "endDateTime": null,
  "x-extra": { "deep": [1, null, { "@odata.type": "#microsoft.graph.unknown", "n": 1.50 }] },
  "segments": [ { "id": "seg", "callee": { "userAgent": { "headerValue": null, "mine": true } } } ],
  "linkSpeed": 9007199254740993
}`

function losslessBody() {
  const parsed = textToBody(LOSSLESS)
  if (!parsed.ok) throw new Error(parsed.problem.message)
  return parsed.body
}

describe('the parameter-set switch', () => {
  it('goes to BodyParameter and back without losing a byte, and carries the CallRecordId to -InputObject', async () => {
    const user = userEvent.setup()
    const body = losslessBody()
    const { composer } = renderWithComposer(<InvocationBar />, { body })
    const bar = screen.getByRole('region', { name: 'Invocation' })
    await user.type(within(bar).getByRole('textbox', { name: 'CallRecordId' }), 'rec/1')
    expect(composer.draft.getState().callRecordId).toBe('rec/1')

    await user.click(within(bar).getByRole('radio', { name: 'CreateViaIdentity' }))
    const state = composer.draft.getState()
    expect(state.bodyKind).toBe('BodyParameter')
    expect(state.target).toBe('InputObject')
    expect(state.bodyText).toBe(stringifyJson(body, 2))
    expect(
      within(bar).getByRole<HTMLInputElement>('textbox', { name: 'InputObject.CallRecordId' }).value,
    ).toBe('rec/1')

    await user.click(within(bar).getByRole('radio', { name: 'CreateExpanded' }))
    const back = composer.draft.getState()
    expect(back.bodyKind).toBe('Expanded')
    expect(back.target).toBe('CallRecordId')
    expect(back.bodyText).toBeNull()
    expect(jsonEqual(back.body, body)).toBe(true)
    expect(stringifyJson(back.body, 2)).toBe(stringifyJson(body, 2))
    expect(within(bar).getByRole<HTMLInputElement>('textbox', { name: 'CallRecordId' }).value).toBe('rec/1')
  })

  it('keeps invalid JSON as typed and stays in BodyParameter, saying where the problem is', async () => {
    const user = userEvent.setup()
    const { composer } = renderWithComposer(<InvocationBar />, { body: losslessBody() })
    const bar = screen.getByRole('region', { name: 'Invocation' })
    await user.click(within(bar).getByRole('radio', { name: 'Create' }))
    const broken = '{\n  "id": "s-1",\n  "modalities": ["audio",]\n}'
    composer.draft.setBodyText(broken)

    await user.click(within(bar).getByRole('radio', { name: 'CreateExpanded' }))
    expect(composer.draft.getState().bodyKind).toBe('BodyParameter')
    expect(composer.draft.getState().bodyText).toBe(broken)
    expect(within(bar).getByRole<HTMLInputElement>('radio', { name: 'Create' }).checked).toBe(true)
    expect(
      within(bar).getByText(
        'Stayed in Create: the BodyParameter JSON must be a valid object first. Trailing comma before ] (line 3, column 26)',
      ),
    ).toBeTruthy()
  })
})
