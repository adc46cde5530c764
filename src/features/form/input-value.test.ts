import { describe, expect, it } from 'vitest'
import { JsonNumber } from '#src/lib/json/json-value.ts'
import { fromPlain } from '#src/lib/json/plain.ts'
import { displayText, normalizeOnBlur, parseInput } from './input-value.ts'

describe('text inputs', () => {
  it('show whatever the body holds', () => {
    expect(displayText(new JsonNumber('1.0E-7'))).toBe('1.0E-7')
    expect(displayText(null)).toBe('')
    expect(displayText(undefined)).toBe('')
    expect(displayText(true)).toBe('true')
    expect(displayText(fromPlain({ a: [1] }))).toBe('{"a":[1]}')
  })

  it('keep numbers exactly as typed', () => {
    expect(parseInput('int64', '9007199254740993')).toEqual(new JsonNumber('9007199254740993'))
    expect(parseInput('single', '0.10')).toEqual(new JsonNumber('0.10'))
    expect(parseInput('single', '1e-3')).toEqual(new JsonNumber('1e-3'))
  })

  it('keep text that is not a value yet, so validation can name it', () => {
    expect(parseInput('single', '1.')).toBe('1.')
    expect(parseInput('int32', 'abc')).toBe('abc')
    expect(parseInput('dateTime', 'yesterday')).toBe('yesterday')
  })

  it('treat empty as unset, and "null" as null only in typed fields', () => {
    expect(parseInput('single', '')).toBeUndefined()
    expect(parseInput('string', '')).toBeUndefined()
    expect(parseInput('duration', ' null ')).toBeNull()
    expect(parseInput('string', 'null')).toBe('null')
  })

  it('turn human durations into ISO 8601', () => {
    expect(parseInput('duration', '45 ms')).toBe('PT0.045S')
    expect(parseInput('duration', '1.5 s')).toBe('PT1.5S')
    expect(parseInput('duration', 'PT0.016S')).toBe('PT0.016S')
    expect(parseInput('duration', '12')).toBe('12')
  })

  it('normalise lenient numbers on blur and leave the rest', () => {
    expect(normalizeOnBlur('single', '.5')).toEqual(new JsonNumber('0.5'))
    expect(normalizeOnBlur('int32', '+3')).toEqual(new JsonNumber('3'))
    expect(normalizeOnBlur('single', '1.')).toEqual(new JsonNumber('1'))
    expect(normalizeOnBlur('single', 'abc')).toBe('abc')
    expect(normalizeOnBlur('string', '.5')).toBe('.5')
    expect(normalizeOnBlur('int64', '99999999999999999.')).toBe('99999999999999999.')
  })
})
