import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { arbitrarySession } from '#src/features/schema/testing/arbitrary-session.ts'
import { setIn } from '#src/lib/json/path.ts'
import { fromPlain } from '#src/lib/json/plain.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { createCachedStringify } from './cached-stringify.ts'

describe('createCachedStringify', () => {
  it('writes exactly what stringifyJson writes, before and after an edit', () => {
    const stringify = createCachedStringify()
    fc.assert(
      fc.property(arbitrarySession(), fc.string(), (body, text) => {
        expect(stringify(body)).toBe(stringifyJson(body))
        const edited = setIn(body, ['x-edit'], text) ?? body
        expect(stringify(edited)).toBe(stringifyJson(edited))
      }),
    )
  })

  it('reuses the text of unchanged subtrees', () => {
    const stringify = createCachedStringify()
    const segment = fromPlain({ id: 'seg', media: [{ label: 'main-audio' }] })
    const body = fromPlain({ id: 'a', segments: [segment] })
    stringify(body)
    const edited = setIn(body, ['id'], 'b') ?? body
    expect(stringify(edited)).toBe('{"id":"b","segments":[{"id":"seg","media":[{"label":"main-audio"}]}]}')
  })
})
