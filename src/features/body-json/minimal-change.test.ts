import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { minimalChange } from './minimal-change.ts'

describe('minimalChange', () => {
  it('turns any text into any other', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const change = minimalChange(before, after)
        const result = change
          ? before.slice(0, change.from) + change.insert + before.slice(change.to)
          : before
        expect(result).toBe(after)
      }),
    )
  })

  it('touches only what differs', () => {
    expect(minimalChange('{"a": [1,2]}', '{"a": [\n  1,\n  2\n]}')).toEqual({
      from: 7,
      to: 10,
      insert: '\n  1,\n  2\n',
    })
    expect(minimalChange('same', 'same')).toBeNull()
  })
})
