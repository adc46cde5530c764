import { screen, waitFor, within } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { ExpandedEditor } from '#src/features/form/expanded-editor.tsx'
import { renderWithComposer } from '#src/features/open-draft/testing/render-with-composer.tsx'
import { RequestPreviewCard } from '#src/features/request/request-panel.tsx'
import { getIn } from '#src/lib/json/path.ts'
import { fromPlain } from '#src/lib/json/plain.ts'

describe('a keystroke in a field', () => {
  it('goes into the draft at its path and, once typing pauses, into the request preview', async () => {
    const user = userEvent.setup()
    const { composer } = renderWithComposer(
      <>
        <ExpandedEditor />
        <RequestPreviewCard />
      </>,
      { body: fromPlain({ version: 3 }), draft: { callRecordId: 'rec-1' } },
    )
    const preview = screen.getByRole('region', { name: 'Request body' })
    await waitFor(() => {
      expect(preview.textContent).toContain('"version": 3')
    })
    expect(preview.textContent).not.toContain('"id"')

    const id = screen.getByRole('textbox', { name: /^Id\b/ })
    await user.type(id, 'typed-1')
    expect(getIn(composer.draft.getState().body, ['id'])).toBe('typed-1')
    await waitFor(() => {
      expect(preview.textContent).toContain('"id": "typed-1"')
    })

    await user.clear(id)
    expect(getIn(composer.draft.getState().body, ['id'])).toBeUndefined()
    await waitFor(() => {
      expect(preview.textContent).not.toContain('"id"')
    })
    const size = within(screen.getByRole('region', { name: 'Request preview' })).getByText(/\d+ bytes?/)
    expect(size.textContent).toMatch(/^13 bytes/)
  })
})
