import { screen, waitFor } from '@testing-library/react'
import { userEvent } from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { GraphClient, GraphRequest, SendOptions } from '#src/features/graph/graph-client.ts'
import { GraphContext } from '#src/features/graph/graph-context.ts'
import type { GraphResult } from '#src/features/graph/graph-result.ts'
import { renderWithComposer } from '#src/features/open-draft/testing/render-with-composer.tsx'
import { textToBody } from '#src/features/parameter-sets/body-text.ts'
import example from '#src/features/templates/data/graph-docs-example.json?raw'
import { SendButton } from './send-button.tsx'
import { useSend } from './send-context.ts'
import { SendProvider } from './send-provider.tsx'

function created(request: GraphRequest): GraphResult {
  return {
    ok: true,
    status: 201,
    statusText: 'Created',
    headers: [],
    requestId: 'req-1',
    clientRequestId: request.clientRequestId,
    date: null,
    contentType: 'application/json',
    text: request.body ?? '',
    attempts: [],
    retries: 0,
    reauthenticated: false,
    retriesExhausted: false,
    durationMs: 5,
  }
}

/** A Graph client that records each send and answers only when told to. */
function fakeGraph() {
  const sends: { request: GraphRequest; options?: SendOptions; answer: () => void }[] = []
  const client: GraphClient = {
    send: (request, options) =>
      new Promise((resolve) => {
        sends.push({ request, options, answer: () => resolve(created(request)) })
      }),
  }
  return { client, sends }
}

/** Two clicks that land before React renders again: what a fast double click can do to any button. */
function TwoSendsAtOnce() {
  const { send } = useSend()
  return (
    <button
      onClick={() => {
        send()
        send()
      }}
    >
      Twice
    </button>
  )
}

function renderSend() {
  const parsed = textToBody(example)
  if (!parsed.ok) throw new Error(parsed.problem.message)
  const graph = fakeGraph()
  const rendered = renderWithComposer(
    <GraphContext value={{ client: graph.client, baseUrl: 'https://sandbox.test/beta', principal: 'me' }}>
      <SendProvider>
        <SendButton />
        <TwoSendsAtOnce />
      </SendProvider>
    </GraphContext>,
    { body: parsed.body, draft: { callRecordId: 'rec 1/a' } },
  )
  return { ...rendered, ...graph, button: screen.getByRole('button', { name: 'Send' }) }
}

const enabled = (button: HTMLElement) => button.getAttribute('aria-disabled') !== 'true'

describe('Send', () => {
  it('sends once for a double click, with the id the preview showed, and again only after the answer', async () => {
    const user = userEvent.setup()
    const { composer, sends, button } = renderSend()
    await waitFor(() => {
      expect(enabled(button)).toBe(true)
    })
    const previewed = composer.requestIds.current()

    await user.dblClick(button)
    expect(sends).toHaveLength(1)
    const [first] = sends
    expect(first?.request.method).toBe('POST')
    expect(first?.request.url).toBe(
      'https://sandbox.test/beta/communications/callRecords/rec%201%2Fa/sessions',
    )
    expect(first?.request.clientRequestId).toBe(previewed)
    expect(first?.request.headers?.some(([name]) => name.toLowerCase() === 'authorization')).toBe(false)
    expect(JSON.parse(first?.request.body ?? '')).toMatchObject({
      id: 'e523d2ed-2966-4b6b-925b-754a88034cc5',
    })
    expect(first?.options?.interactive).toBe(true)
    expect(composer.requestIds.current()).not.toBe(previewed)
    expect(enabled(button)).toBe(false)

    await user.click(button)
    expect(sends).toHaveLength(1)

    first?.answer()
    await waitFor(() => {
      expect(enabled(button)).toBe(true)
    })
    await user.click(button)
    expect(sends).toHaveLength(2)
    expect(sends[1]?.request.clientRequestId).not.toBe(previewed)
  })

  it('sends once when two sends land before the button can re-render', async () => {
    const user = userEvent.setup()
    const { sends, button } = renderSend()
    await waitFor(() => {
      expect(enabled(button)).toBe(true)
    })
    await user.click(screen.getByRole('button', { name: 'Twice' }))
    expect(sends).toHaveLength(1)
  })

  it('sends nothing while the cmdlet would stop first (no CallRecordId)', async () => {
    const user = userEvent.setup()
    const { composer, sends, button } = renderSend()
    composer.draft.setCallRecordId('')
    await waitFor(() => {
      expect(enabled(button)).toBe(false)
    })
    await user.click(button)
    expect(sends).toHaveLength(0)
    expect(screen.getByText(/Cannot bind argument to parameter 'CallRecordId'/)).toBeTruthy()
  })
})
