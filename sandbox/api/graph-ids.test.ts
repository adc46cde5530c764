import { describe, expect, it } from 'vitest'
import { idProblem, MAX_ID_LENGTH } from './graph-ids.ts'

describe('idProblem', () => {
  it('accepts what a URL can carry and a client can address again', () => {
    for (const id of [
      'e523d2ed-2966-4b6b-925b-754a88034cc5',
      "o'neil call",
      'a/b',
      '...',
      'é😀',
      'x'.repeat(MAX_ID_LENGTH),
    ]) {
      expect(idProblem(id), id).toBeUndefined()
    }
  })

  it('refuses what cannot be addressed', () => {
    expect(idProblem('')).toBe('must not be empty')
    expect(idProblem('.')).toContain('resolve it away')
    expect(idProblem('..')).toContain('resolve it away')
    expect(idProblem('x'.repeat(100_000))).toBe('is 100,000 characters long; at most 256 are allowed')
    expect(idProblem('a\u0000b')).toBe('must not contain control characters')
    expect(idProblem('a\nb')).toBe('must not contain control characters')
    expect(idProblem('a\u0085')).toBe('must not contain control characters')
    expect(idProblem('\ud800x')).toContain('lone surrogate')
    expect(idProblem('x\udc00')).toContain('lone surrogate')
  })
})
