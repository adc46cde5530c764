import { describe, expect, it } from 'vitest'
import { applyArrayOp } from '#src/features/form/array-ops.ts'
import { textToBody } from '#src/features/parameter-sets/body-text.ts'
import example from '#src/features/templates/data/graph-docs-example.json?raw'
import { jsonEqual } from '#src/lib/json/equal.ts'
import { JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { DraftHistory } from './draft-history.ts'
import { initialDraft } from './draft-state.ts'
import { DraftStore } from './draft-store.ts'

function exampleBody(): JsonValue {
  const parsed = textToBody(example)
  if (!parsed.ok) throw new Error(parsed.problem.message)
  return parsed.body
}

/** A store with the docs example, its history, and a clock the test moves. */
function setup() {
  const store = new DraftStore(initialDraft(exampleBody()))
  let clock = 0
  const history = new DraftHistory(store, { now: () => clock, typingPauseMs: 1000 })
  const tick = (ms: number) => {
    clock += ms
  }
  return { store, history, tick }
}

const stream = ['segments', 0, 'media', 0, 'streams', 0, 'averagePacketLossRate']

describe('DraftHistory', () => {
  it('undoes keystrokes into one field as one step, and a pause starts a new one', () => {
    const { store, history, tick } = setup()
    const original = getIn(store.getState().body, stream)
    for (const text of ['0', '0.', '0.5']) {
      store.setBodyValue(stream, new JsonNumber(text))
      tick(200)
    }
    tick(2000)
    store.setBodyValue(stream, new JsonNumber('0.55'))
    expect(history.getSnapshot().undo).toBe('edit segments[0].media[0].streams[0].averagePacketLossRate')
    history.undo()
    expect(getIn(store.getState().body, stream)).toEqual(new JsonNumber('0.5'))
    history.undo()
    expect(getIn(store.getState().body, stream)).toEqual(original)
    expect(history.getSnapshot().undo).toBeNull()
    history.redo()
    history.redo()
    expect(getIn(store.getState().body, stream)).toEqual(new JsonNumber('0.55'))
    expect(history.getSnapshot().redo).toBeNull()
  })

  it('brings back a removed segment with its media and streams, exactly', () => {
    const { store, history } = setup()
    const before = store.getState().body
    const { body } = applyArrayOp(before, ['segments'], { kind: 'remove', index: 0 })
    store.setBodyValue([], body)
    expect(history.getSnapshot().undo).toBe('remove segments[0]')
    expect(history.undo()).toBe(true)
    expect(store.getState().body).toBe(before)
    expect(history.getSnapshot().redo).toBe('remove segments[0]')
  })

  it('undoes a replaced body (template, generator, a session opened from the target)', () => {
    const { store, history } = setup()
    const before = store.getState().body
    store.replaceBody(new Map([['id', 'new']]))
    expect(history.getSnapshot().undo).toBe('replace the body')
    history.undo()
    expect(jsonEqual(store.getState().body, before)).toBe(true)
  })

  it('keeps the parameter set as it is now, and shows the old body as JSON text in JSON mode', () => {
    const { store, history, tick } = setup()
    store.setCallRecordId('abc')
    tick(5000)
    store.setBodyValue(['id'], 'changed')
    store.setBodyKind('BodyParameter')
    history.undo()
    const state = store.getState()
    expect(state.bodyKind).toBe('BodyParameter')
    expect(getIn(state.body, ['id'])).toBe('e523d2ed-2966-4b6b-925b-754a88034cc5')
    expect(state.bodyText).toContain('"id": "e523d2ed-2966-4b6b-925b-754a88034cc5"')
    history.undo()
    expect(store.getState().callRecordId).toBe('')
  })

  it('records no step for switching the parameter set, and a new edit drops what Redo held', () => {
    const { store, history } = setup()
    store.setBodyKind('BodyParameter')
    store.setBodyKind('Expanded')
    expect(history.getSnapshot()).toEqual({ undo: null, redo: null })
    store.setCallRecordId('x')
    history.undo()
    expect(history.getSnapshot().redo).toBe('edit CallRecordId')
    store.setSwitch('confirm', true)
    expect(history.getSnapshot()).toEqual({ undo: 'switch -Confirm', redo: null })
  })

  it('takes what a buffering editor holds before undoing, and keeps invalid JSON text as typed', () => {
    const { store, history, tick } = setup()
    store.setBodyKind('BodyParameter')
    store.setBodyText('{"id": "typed"}')
    tick(5000)
    let pending: string | null = '{"id": '
    store.registerFlush(() => {
      if (pending !== null) store.setBodyText(pending)
      pending = null
    })
    history.undo()
    expect(store.getState().bodyText).toBe('{"id": "typed"}')
    history.redo()
    expect(store.getState().bodyText).toBe('{"id": ')
    expect(store.getState().bodyTextProblem).not.toBeNull()
  })

  it('starts afresh when another draft is opened', () => {
    const { store, history } = setup()
    store.setCallRecordId('x')
    store.load(initialDraft())
    expect(history.getSnapshot()).toEqual({ undo: null, redo: null })
    expect(history.undo()).toBe(false)
  })

  it('keeps at most the limit of steps, dropping the oldest', () => {
    const store = new DraftStore(initialDraft())
    const history = new DraftHistory(store, { limit: 3 })
    for (const id of ['a', 'b', 'c', 'd', 'e'])
      store.setSwitch('whatIf', id === 'a' || id === 'c' || id === 'e')
    let steps = 0
    while (history.undo()) steps++
    expect(steps).toBe(3)
  })
})
