import { describe, expect, it } from 'vitest'
import { describeBody } from './describe-body.ts'

describe('describeBody', () => {
  it('pretty-prints a created session without changing a number', () => {
    expect(describeBody('{"id":"s","n":9007199254740993,"r":1.50}', true)).toEqual({
      kind: 'json',
      pretty: '{\n  "id": "s",\n  "n": 9007199254740993,\n  "r": 1.50\n}',
    })
  })

  it('applies presenter mode’s mask to a JSON answer', () => {
    const mask = () => new Map([['id', 'masked']])
    expect(describeBody('{"id":"real"}', true, mask)).toEqual({
      kind: 'json',
      pretty: '{\n  "id": "masked"\n}',
    })
  })

  it('recognises Graph’s error on a failure', () => {
    const body = describeBody(
      '{"error":{"code":"Forbidden","message":"No.","innerError":{"date":"2026-01-01T00:00:00"}}}',
      false,
    )
    expect(body.kind).toBe('graphError')
    if (body.kind === 'graphError') expect(body.error).toMatchObject({ code: 'Forbidden', message: 'No.' })
  })

  it('keeps anything else as text, HTML included, and knows an empty body', () => {
    expect(describeBody('<h1>502</h1>', false)).toEqual({ kind: 'text', text: '<h1>502</h1>' })
    expect(describeBody('  ', false)).toEqual({ kind: 'empty' })
    expect(describeBody('{"message":"x"}', false).kind).toBe('json')
  })
})
