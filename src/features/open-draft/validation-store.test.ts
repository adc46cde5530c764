import { describe, expect, it, vi } from 'vitest'
import { textToBody } from '#src/features/parameter-sets/body-text.ts'
import example from '#src/features/templates/data/graph-docs-example.json?raw'
import { isJsonArray, isJsonObject, type JsonValue } from '#src/lib/json/json-value.ts'
import { initialDraft } from './draft-state.ts'
import { DraftStore } from './draft-store.ts'
import { validate, ValidationStore } from './validation-store.ts'

/** The docs example with its segment repeated `count` times, every third one carrying a bad duration. */
function manySegments(count: number): JsonValue {
  const parsed = textToBody(example)
  if (!parsed.ok) throw new Error(parsed.problem.message)
  if (!isJsonObject(parsed.body)) throw new Error('not a session')
  const segments = parsed.body.get('segments')
  const [segment] = isJsonArray(segments) ? segments : []
  if (!isJsonObject(segment)) throw new Error('no segment')
  const copies = Array.from({ length: count }, (_, i) =>
    i % 3 === 0 ? new Map(segment).set('endDateTime', 'late') : new Map(segment),
  )
  return new Map(parsed.body).set('segments', copies)
}

describe('ValidationStore', () => {
  it('publishes, after the pause, exactly what a full validation finds', async () => {
    const draft = new DraftStore(initialDraft())
    const store = new ValidationStore(draft, 0)
    const body = manySegments(60)
    draft.replaceBody(body)
    expect(store.getState().body).not.toBe(body)
    await vi.waitFor(() => {
      expect(store.getState().body).toBe(body)
    })
    const full = validate(body)
    expect(store.getState().errors).toEqual(full.errors)
    expect(store.getState().warnings).toEqual(full.warnings)
    expect(store.getState().errors).toHaveLength(20)
  })

  it('drops a pass that a newer body overtook, and current() answers at once', async () => {
    const draft = new DraftStore(initialDraft())
    const store = new ValidationStore(draft, 0)
    const published: (JsonValue | undefined)[] = []
    store.subscribe(() => published.push(store.getState().body))
    const first = manySegments(300)
    const second = manySegments(3)
    draft.replaceBody(first)
    await new Promise((resolve) => setTimeout(resolve, 5))
    draft.replaceBody(second)
    expect(store.current().body).toBe(second)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(published).toEqual([second])
  })

  it('follows "Allow properties this app doesn\'t know": undeclared keys move from errors to warnings and back', () => {
    const draft = new DraftStore(initialDraft())
    const store = new ValidationStore(draft, 0)
    const body = manySegments(1)
    if (!isJsonObject(body)) throw new Error('not a session')
    draft.replaceBody(new Map(body).set('x-lab', true))
    const paths = (issues: readonly { path: readonly (string | number)[] }[]) =>
      issues.map((issue) => issue.path.join('.'))
    expect(paths(store.current().errors)).toEqual(['segments.0.endDateTime', 'x-lab'])
    store.allowUnknownProperties(true)
    expect(paths(store.getState().errors)).toEqual(['segments.0.endDateTime'])
    expect(paths(store.getState().warnings)[0]).toBe('x-lab')
    store.allowUnknownProperties(false)
    expect(paths(store.getState().errors)).toEqual(['segments.0.endDateTime', 'x-lab'])
  })
})
