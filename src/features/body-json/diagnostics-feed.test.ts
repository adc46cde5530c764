import type { Diagnostic } from '@codemirror/lint'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { initialDraft } from '#src/features/open-draft/draft-state.ts'
import { DraftStore } from '#src/features/open-draft/draft-store.ts'
import { ValidationStore } from '#src/features/open-draft/validation-store.ts'
import { DiagnosticsFeed } from './diagnostics-feed.ts'

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

function setUp() {
  const draft = new DraftStore(initialDraft())
  draft.setBodyKind('BodyParameter')
  const validation = new ValidationStore(draft)
  const binding = { inSync: true }
  const published: (readonly Diagnostic[])[] = []
  const feed = new DiagnosticsFeed(draft, validation, binding, (diagnostics) => published.push(diagnostics))
  return { draft, binding, published, feed }
}

describe('DiagnosticsFeed', () => {
  it('shows the syntax error in the next task and schema issues once validation caught up', () => {
    const { draft, published } = setUp()
    draft.setBodyText('{"isTest": tru}')
    expect(published).toEqual([])
    vi.advanceTimersByTime(0)
    expect(published.at(-1)?.map((d) => d.message)).toEqual([
      "Line 1, column 12: Unexpected 'tru'; expected a JSON value",
    ])
    draft.setBodyText('{"isTest": "yes"}')
    vi.advanceTimersByTime(0)
    expect(published.at(-1)).toEqual([])
    vi.runAllTimers()
    expect(published.at(-1)).toMatchObject([{ from: 11, to: 16, severity: 'error' }])
    expect(published.at(-1)?.[0]?.message).toMatch(/^isTest: /)
  })

  it('waits while the store is behind the editor, and does not republish for unrelated changes', () => {
    const { draft, binding, published } = setUp()
    vi.advanceTimersByTime(0)
    binding.inSync = false
    draft.setBodyText('{"a": }')
    vi.advanceTimersByTime(0)
    expect(published.length).toBe(1)
    binding.inSync = true
    draft.setCallRecordId('x')
    vi.advanceTimersByTime(0)
    expect(published.length).toBe(2)
    draft.setCallRecordId('xy')
    vi.advanceTimersByTime(0)
    expect(published.length).toBe(2)
  })

  it('stops listening when disposed', () => {
    const { draft, published, feed } = setUp()
    vi.advanceTimersByTime(0)
    feed.dispose()
    draft.setBodyText('nope')
    vi.runAllTimers()
    expect(published.length).toBe(1)
  })
})
