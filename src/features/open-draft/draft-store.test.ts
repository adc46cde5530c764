import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { textToBody } from '#src/features/parameter-sets/body-text.ts'
import { arbitrarySession } from '#src/features/schema/testing/arbitrary-session.ts'
import { mediaStream } from '#src/features/schema/types/media-stream.ts'
import { fieldsOf } from '#src/features/schema/walk.ts'
import example from '#src/features/templates/data/graph-docs-example.json?raw'
import { jsonEqual } from '#src/lib/json/equal.ts'
import { JsonNumber } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { initialDraft } from './draft-state.ts'
import { DraftStore } from './draft-store.ts'

function exampleStore(): DraftStore {
  const parsed = textToBody(example)
  if (!parsed.ok) throw new Error(parsed.problem.message)
  return new DraftStore(initialDraft(parsed.body))
}

describe('switching between expanded fields and BodyParameter', () => {
  it('loses nothing for any valid session, unknown keys and nulls included', () => {
    fc.assert(
      fc.property(arbitrarySession(), (body) => {
        const store = new DraftStore(initialDraft(body))
        store.setBodyKind('BodyParameter')
        expect(store.getState().bodyText).toBe(stringifyJson(body, 2))
        expect(store.setBodyKind('Expanded')).toBe(true)
        expect(jsonEqual(store.getState().body, body)).toBe(true)
      }),
    )
  })

  it('keeps invalid text as typed, stays in JSON mode and says where the problem is', () => {
    const store = exampleStore()
    const before = store.getState().body
    store.setBodyKind('BodyParameter')
    const broken = '{\n  "id": "x",\n  "modalities": ["audio",]\n}'
    store.setBodyText(broken)
    expect(store.setBodyKind('Expanded')).toBe(false)
    const state = store.getState()
    expect(state.bodyKind).toBe('BodyParameter')
    expect(state.bodyText).toBe(broken)
    expect(state.bodyTextProblem).toMatchObject({
      line: 3,
      column: 26,
      message: 'Trailing comma before ] (line 3, column 26)',
    })
    expect(state.body).toBe(before)
  })

  it('parses pasted text once: leaving JSON keeps the body the text already became', () => {
    const store = exampleStore()
    store.setBodyKind('BodyParameter')
    store.setBodyText('{"id":"pasted","linkSpeed":9007199254740993}')
    const parsed = store.getState().body
    expect(store.setBodyKind('Expanded')).toBe(true)
    expect(store.getState().body).toBe(parsed)
    store.setBodyKind('BodyParameter')
    store.setBodyText('{"id":"pasted" ')
    expect(store.setBodyKind('Expanded')).toBe(false)
    expect(store.getState().body).toBe(parsed)
  })

  it('refuses JSON that is not an object', () => {
    const store = exampleStore()
    store.setBodyKind('BodyParameter')
    store.setBodyText('[1, 2]')
    expect(store.setBodyKind('Expanded')).toBe(false)
    expect(store.getState().bodyTextProblem?.message).toBe(
      'BodyParameter must be a JSON object (a session), not an array',
    )
  })

  it('follows valid text with the body and remounts the fields when leaving JSON', () => {
    const store = exampleStore()
    store.setBodyKind('BodyParameter')
    store.setBodyText('{"id":"abc","linkSpeed":9007199254740993}')
    expect(getIn(store.getState().body, ['linkSpeed'])).toEqual(new JsonNumber('9007199254740993'))
    const generation = store.getState().generation
    store.setBodyKind('Expanded')
    expect(store.getState().generation).toBe(generation + 1)
    expect(store.getState().bodyText).toBeNull()
  })
})

describe('editing fields', () => {
  const order = fieldsOf(mediaStream).map((f) => f.key)
  const stream = ['segments', 0, 'media', 0, 'streams', 0]

  it('changes one value in place and shares every untouched branch', () => {
    const store = exampleStore()
    const before = store.getState().body
    store.setBodyValue([...stream, 'averagePacketLossRate'], new JsonNumber('0.5'), order)
    const after = store.getState().body
    expect(getIn(after, [...stream, 'averagePacketLossRate'])).toEqual(new JsonNumber('0.5'))
    expect(getIn(after, ['caller'])).toBe(getIn(before, ['caller']))
    const keys = [...(getIn(after, stream) as Map<string, unknown>).keys()]
    expect(keys.indexOf('averagePacketLossRate')).toBe(
      [...(getIn(before, stream) as Map<string, unknown>).keys()].indexOf('averagePacketLossRate'),
    )
  })

  it('places a new key where the type declares it', () => {
    const store = exampleStore()
    store.setBodyValue([...stream, 'audioCodec'], 'satin', order)
    store.setBodyValue([...stream, 'videoCodec'], 'h264', order)
    const keys = [...(getIn(store.getState().body, stream) as Map<string, unknown>).keys()]
    // Before the first existing key the type declares after it: audioCodec leads, videoCodec precedes wasMediaBypassed.
    expect(keys.slice(0, 2)).toEqual(['audioCodec', 'streamId'])
    expect(keys.indexOf('videoCodec')).toBe(keys.indexOf('wasMediaBypassed') - 1)
    expect(keys.at(-1)).toBe('maxAudioNetworkJitter')
  })

  it('removes a key with undefined and keeps explicit null', () => {
    const store = exampleStore()
    store.setBodyValue(['isTest'], undefined)
    store.setBodyValue(['segments', 0, 'id'], null)
    expect(getIn(store.getState().body, ['isTest'])).toBeUndefined()
    expect(getIn(store.getState().body, ['segments', 0, 'id'])).toBeNull()
  })
})

describe('parameter sets', () => {
  it('carries the call record id into -InputObject and back, and never touches the body', () => {
    const store = exampleStore()
    const body = store.getState().body
    store.setCallRecordId('2f1a1100-b174-40a0-aba7-0b405e01ed92')
    store.setTarget('InputObject')
    expect(store.getState().inputObject).toEqual({ CallRecordId: '2f1a1100-b174-40a0-aba7-0b405e01ed92' })
    store.setIdentityValue('CallRecordId', '')
    expect(store.getState().inputObject).toEqual({})
    store.setTarget('CallRecordId')
    expect(store.getState().callRecordId).toBe('2f1a1100-b174-40a0-aba7-0b405e01ed92')
    expect(store.getState().body).toBe(body)
  })
})

describe('buffered editors', () => {
  it('hand over their text before the body kind changes', () => {
    const store = exampleStore()
    store.setBodyKind('BodyParameter')
    let pending: string | null = '{"id":"typed just now"}'
    const unregister = store.registerFlush(() => {
      if (pending !== null) store.setBodyText(pending)
      pending = null
    })
    expect(store.setBodyKind('Expanded')).toBe(true)
    expect(getIn(store.getState().body, ['id'])).toBe('typed just now')
    unregister()
    store.flushPending()
  })
})
