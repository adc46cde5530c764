import { describe, expect, it } from 'vitest'
import { jsonEqual } from './equal.ts'
import { JsonNumber } from './json-value.ts'
import { parseJson } from './parse.ts'
import { formatPath, getIn, setIn } from './path.ts'
import { stringifyJson } from './stringify.ts'

const doc = (() => {
  const result = parseJson('{"a":1,"segments":[{"media":[{"x":true}]}],"z":null}')
  if (!result.ok) throw result.error
  return result.value
})()

describe('getIn / setIn', () => {
  it('reads deep values and misses cleanly', () => {
    expect(getIn(doc, ['segments', 0, 'media', 0, 'x'])).toBe(true)
    expect(getIn(doc, ['segments', 3, 'media'])).toBeUndefined()
    expect(getIn(doc, ['a', 'b'])).toBeUndefined()
  })

  it('replaces in place, keeps key order, and shares untouched branches', () => {
    const next = setIn(doc, ['a'], new JsonNumber('2.50'))
    expect(stringifyJson(next ?? null)).toBe('{"a":2.50,"segments":[{"media":[{"x":true}]}],"z":null}')
    expect(getIn(next, ['segments'])).toBe(getIn(doc, ['segments']))
    expect(stringifyJson(doc)).toBe('{"a":1,"segments":[{"media":[{"x":true}]}],"z":null}')
  })

  it('removes a key with undefined and keeps explicit null', () => {
    const next = setIn(setIn(doc, ['a'], undefined), ['segments', 0, 'media', 0, 'x'], null)
    expect(stringifyJson(next ?? null)).toBe('{"segments":[{"media":[{"x":null}]}],"z":null}')
  })

  it('creates missing containers along the path', () => {
    const next = setIn(doc, ['caller', 'userAgent', 'platform'], 'android')
    expect(stringifyJson(getIn(next, ['caller']) ?? null)).toBe('{"userAgent":{"platform":"android"}}')
    expect(jsonEqual(setIn(doc, [], doc), doc)).toBe(true)
  })
})

describe('formatPath', () => {
  it('reads like code', () => {
    expect(formatPath(['segments', 1, 'media', 0, 'callerNetwork', '@odata.type'])).toBe(
      'segments[1].media[0].callerNetwork["@odata.type"]',
    )
    expect(formatPath([])).toBe('(body)')
  })
})
