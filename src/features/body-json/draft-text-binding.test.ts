import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { initialDraft } from '#src/features/open-draft/draft-state.ts'
import { DraftStore } from '#src/features/open-draft/draft-store.ts'
import { textToBody } from '#src/features/parameter-sets/body-text.ts'
import { JsonNumber } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { DraftTextBinding, syncDelay, type EditorTextPort } from './draft-text-binding.ts'

/** An editor whose versions are counted, standing in for CodeMirror's immutable documents. */
class FakeEditor implements EditorTextPort {
  content: string
  edits = 0
  reads = 0
  constructor(content: string) {
    this.content = content
  }
  version = () => this.edits
  text = () => {
    this.reads++
    return this.content
  }
  replace = (text: string) => {
    this.content = text
    this.edits++
  }
  type(text: string, binding: DraftTextBinding) {
    this.content = text
    this.edits++
    binding.edited(text.length)
  }
}

function jsonMode(text = '{"id":"a"}') {
  const parsed = textToBody(text)
  if (!parsed.ok) throw new Error(parsed.problem.message)
  const store = new DraftStore(initialDraft(parsed.body))
  store.setBodyKind('BodyParameter')
  const editor = new FakeEditor(store.getState().bodyText ?? '')
  return { store, editor, binding: new DraftTextBinding(store, editor) }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('DraftTextBinding', () => {
  it('debounces: the store gets the text once typing pauses, read once', () => {
    const { store, editor, binding } = jsonMode()
    editor.type('{"id":"ab"', binding)
    editor.type('{"id":"abc"}', binding)
    expect(store.getState().bodyText).not.toBe('{"id":"abc"}')
    expect(binding.inSync).toBe(false)
    vi.advanceTimersByTime(syncDelay(12))
    expect(store.getState().bodyText).toBe('{"id":"abc"}')
    expect(getIn(store.getState().body, ['id'])).toBe('abc')
    expect(editor.reads).toBe(1)
    expect(binding.inSync).toBe(true)
  })

  it('waits longer for big texts', () => {
    expect(syncDelay(4_000_000)).toBeGreaterThan(syncDelay(10_000))
  })

  it('flushes synchronously so a parameter switch sees the latest text, invalid text included', () => {
    const { store, editor, binding } = jsonMode()
    const broken = '{"id": "a",}'
    editor.type(broken, binding)
    binding.flush()
    expect(store.setBodyKind('Expanded')).toBe(false)
    expect(store.getState().bodyText).toBe(broken)
    editor.type('{"id": "fixed", "linkSpeed": 9007199254740993}', binding)
    binding.flush()
    expect(store.setBodyKind('Expanded')).toBe(true)
    expect(getIn(store.getState().body, ['linkSpeed'])).toEqual(new JsonNumber('9007199254740993'))
  })

  it('lets other code flush every open editor of a store', () => {
    const { store, editor, binding } = jsonMode()
    const unregister = store.registerFlush(() => {
      binding.flush()
    })
    editor.type('{"id":"now"}', binding)
    store.flushPending()
    expect(store.getState().bodyText).toBe('{"id":"now"}')
    unregister()
    editor.type('{"id":"later"}', binding)
    store.flushPending()
    expect(store.getState().bodyText).toBe('{"id":"now"}')
  })

  it('keeps a valid pending text when code switched to fields without flushing', () => {
    const { store, editor, binding } = jsonMode()
    editor.type('{"id":"typed"}', binding)
    expect(store.setBodyKind('Expanded')).toBe(true)
    binding.dispose()
    expect(getIn(store.getState().body, ['id'])).toBe('typed')
    expect(store.getState().bodyText).toBeNull()
  })

  it('writes nothing after a clean switch', () => {
    const { store, binding } = jsonMode()
    store.setBodyKind('Expanded')
    const state = store.getState()
    binding.dispose()
    expect(store.getState()).toBe(state)
  })

  it('takes the store text when the body is replaced wholesale, dropping nothing it had not flushed', () => {
    const { store, editor, binding } = jsonMode()
    editor.type('{"id":"mine"}', binding)
    binding.flush()
    const replacement = textToBody('{"id":"template"}')
    if (!replacement.ok) throw new Error('bad fixture')
    store.replaceBody(replacement.body)
    expect(editor.content).toBe(store.getState().bodyText)
    expect(binding.inSync).toBe(true)
    vi.runAllTimers()
    expect(getIn(store.getState().body, ['id'])).toBe('template')
  })
})
