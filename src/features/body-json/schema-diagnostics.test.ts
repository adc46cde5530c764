import { describe, expect, it } from 'vitest'
import { validate } from '#src/features/open-draft/validation-store.ts'
import { textToBody } from '#src/features/parameter-sets/body-text.ts'
import example from '#src/features/templates/data/graph-docs-example.json?raw'
import { schemaDiagnostics } from './schema-diagnostics.ts'

function diagnosticsOf(text: string) {
  const parsed = textToBody(text)
  if (!parsed.ok) throw new Error(parsed.problem.message)
  const { errors, warnings } = validate(parsed.body)
  return schemaDiagnostics(text, [...errors, ...warnings])
}

describe('schemaDiagnostics', () => {
  it('marks the value of a schema error with its path and message', () => {
    const text = example.replace('"averageJitter": "PT0.007S"', '"averageJitter": "7 ms"')
    const [diagnostic, ...others] = diagnosticsOf(text)
    expect(others).toEqual([])
    expect(diagnostic && text.slice(diagnostic.from, diagnostic.to)).toBe('"7 ms"')
    expect(diagnostic?.severity).toBe('error')
    expect(diagnostic?.message).toMatch(/^segments\[0\]\.media\[0\]\.streams\[1\]\.averageJitter: /)
  })

  it('keeps warnings as warnings', () => {
    const text = example.replace('"maxPacketLossRate": 0.03738318', '"maxPacketLossRate": 1.5')
    const warnings = diagnosticsOf(text).filter((d) => d.severity === 'warning')
    expect(warnings.map((d) => text.slice(d.from, d.to))).toContain('1.5')
  })

  it('marks only the opening bracket of a container', () => {
    const text = '{"segments": [{"media": 1}]}'
    const [diagnostic] = schemaDiagnostics(text, [
      { path: ['segments', 0, 'missing'], message: 'Required', severity: 'error' },
    ])
    expect(diagnostic).toMatchObject({ from: 14, to: 15, message: 'segments[0].missing: Required' })
  })

  it('maps nothing when there is nothing to map', () => {
    expect(schemaDiagnostics('{}', [])).toEqual([])
  })
})
