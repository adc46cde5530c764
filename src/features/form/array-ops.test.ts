import { describe, expect, it } from 'vitest'
import { fromPlain } from '#src/lib/json/plain.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { applyArrayOp, newItemFor } from './array-ops.ts'

const body = fromPlain({
  startDateTime: '2020-01-01T00:00:00Z',
  segments: [{ id: 'a' }, { id: 'b' }, { id: 'c' }],
})
const ids = (value: unknown) =>
  stringifyJson(fromPlain(value))
    .match(/"id":"(\w)"/g)
    ?.join() ?? ''

describe('array operations', () => {
  it('add, remove, duplicate and move, reporting where the item went', () => {
    const added = applyArrayOp(body, ['segments'], { kind: 'add', item: fromPlain({ id: 'd' }) })
    expect([ids(added.body), added.index]).toEqual(['"id":"a","id":"b","id":"c","id":"d"', 3])
    const removed = applyArrayOp(body, ['segments'], { kind: 'remove', index: 2 })
    expect([ids(removed.body), removed.index]).toEqual(['"id":"a","id":"b"', 1])
    const duplicated = applyArrayOp(body, ['segments'], { kind: 'duplicate', index: 0 })
    expect([ids(duplicated.body), duplicated.index]).toEqual(['"id":"a","id":"a","id":"b","id":"c"', 1])
    const moved = applyArrayOp(body, ['segments'], { kind: 'move', index: 0, to: 2 })
    expect([ids(moved.body), moved.index]).toEqual(['"id":"b","id":"c","id":"a"', 2])
  })

  it('creates a missing array and refuses moves off either end', () => {
    const created = applyArrayOp(fromPlain({}), ['segments', 0, 'media'], {
      kind: 'add',
      item: fromPlain({}),
    })
    expect(stringifyJson(created.body)).toBe('{"segments":[{"media":[{}]}]}')
    expect(applyArrayOp(body, ['segments'], { kind: 'move', index: 0, to: -1 }).body).toBe(body)
  })

  it('starts a new segment with the session window', () => {
    expect(stringifyJson(newItemFor(body, ['segments']))).toBe('{"startDateTime":"2020-01-01T00:00:00Z"}')
    expect(stringifyJson(newItemFor(body, ['segments', 0, 'media']))).toBe('{}')
  })
})
