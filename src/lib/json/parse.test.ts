import { describe, expect, it } from 'vitest'
import { JsonNumber, type JsonValue } from './json-value.ts'
import { parseJson } from './parse.ts'
import { stringifyJson } from './stringify.ts'

function parsed(text: string): JsonValue {
  const result = parseJson(text)
  if (!result.ok) throw result.error
  return result.value
}

describe('parseJson', () => {
  it('keeps every number exactly as written', () => {
    const value = parsed('[9007199254740993, 0.10, 1e3, -0, 1.0E-7, 123456789012345678901234567890]')
    expect(value).toEqual(
      ['9007199254740993', '0.10', '1e3', '-0', '1.0E-7', '123456789012345678901234567890'].map(
        (raw) => new JsonNumber(raw),
      ),
    )
  })

  it('keeps key order, integer-like keys and __proto__ as data', () => {
    const value = parsed('{"b":1,"10":2,"a":3,"2":4,"__proto__":{"x":null}}')
    expect(value instanceof Map && [...value.keys()]).toEqual(['b', '10', 'a', '2', '__proto__'])
    expect(stringifyJson(value)).toBe('{"b":1,"10":2,"a":3,"2":4,"__proto__":{"x":null}}')
  })

  it('decodes escapes and a leading byte order mark', () => {
    expect(parsed('\uFEFF"a\\"b\\\\c\\/d\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00"')).toBe('a"b\\c/d\b\f\n\r\té😀')
  })

  it.each([
    ['', 'The text is empty; expected a JSON value', 1, 1],
    ['{"a":1,}', 'Trailing comma before }', 1, 8],
    ['{\n  "a": 1\n  "b": 2\n}', "Unexpected character \"\\\"\"; expected ',' or '}'", 3, 3],
    ['[01]', 'Leading zeros are not allowed in numbers', 1, 2],
    ['{"a":1,"a":2}', 'Duplicate property name "a"', 1, 8],
    ['{"a":tru}', "Unexpected 'tru'; expected a JSON value", 1, 6],
    ["{'a':1}", 'Unexpected character "\'"; expected a property name in double quotes', 1, 2],
    ['"abc', 'Unterminated string', 1, 1],
    ['"a\nb"', 'Control character in a string; escape it (\\n, \\t, \\u0000…)', 1, 3],
    ['[1] x', "Unexpected 'x' after the JSON value", 1, 5],
    ['[NaN]', "Unexpected 'NaN'; expected a JSON value", 1, 2],
    ['[1.]', 'Invalid number', 1, 2],
    ['"\\x"', 'Invalid escape \\x', 1, 2],
  ])('rejects %j with a reason, line and column', (text, reason, line, column) => {
    const result = parseJson(text)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect({ reason: result.error.reason, line: result.error.line, column: result.error.column }).toEqual({
      reason,
      line,
      column,
    })
  })

  it('refuses nesting beyond its limit instead of overflowing the stack', () => {
    const result = parseJson('['.repeat(100_000))
    expect(result.ok || result.error.reason).toBe('Nesting deeper than 512 levels')
  })
})
