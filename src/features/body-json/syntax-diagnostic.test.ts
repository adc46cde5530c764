import { describe, expect, it } from 'vitest'
import { textToBody } from '#src/features/parameter-sets/body-text.ts'
import { problemSummary, syntaxDiagnostic } from './syntax-diagnostic.ts'

function problemOf(text: string) {
  const result = textToBody(text)
  if (result.ok) throw new Error('expected a problem')
  return result.problem
}

describe('syntaxDiagnostic', () => {
  it('says line and column first, once', () => {
    const text = '{\n  "id": "x",\n  "modalities": ["audio",]\n}'
    expect(problemSummary(problemOf(text))).toBe('Line 3, column 26: Trailing comma before ]')
  })

  it.each([
    ['{"a":tru}', 'tru'],
    ['[1, 2}', '}'],
    ['{"a":1,\n', ''],
    ['{"a":1', ''],
  ])('marks the offending text of %j', (text, marked) => {
    const diagnostic = syntaxDiagnostic(problemOf(text), text)
    expect(text.slice(diagnostic.from, diagnostic.to)).toBe(marked)
    expect(diagnostic.severity).toBe('error')
  })

  it('keeps a problem without a position readable and in range', () => {
    const diagnostic = syntaxDiagnostic({ message: 'BodyParameter must be a JSON object' }, '')
    expect(diagnostic).toMatchObject({ from: 0, to: 0, message: 'BodyParameter must be a JSON object' })
  })
})
