import { expect, it } from 'vitest'
import { CALL_RECORD } from './call-records-model.ts'
import { contextSelection, parseShape, type Shape } from './call-records-select-expand.ts'

function shape(select?: string, expand?: string): Shape {
  const result = parseShape(CALL_RECORD, select, expand)
  if (!result.ok) throw new Error(result.message)
  return result.shape
}

it('reads nested $expand with $select and $expand options, and writes them back as Graph’s context does', () => {
  const parsed = shape(
    'id,version',
    'sessions($select=id, modalities;$expand=segments($select=id)),participants_v2',
  )
  expect(parsed.select).toEqual(['id', 'version'])
  expect([...parsed.expand.keys()]).toEqual(['sessions', 'participants_v2'])
  expect(parsed.expand.get('sessions')?.select).toEqual(['id', 'modalities'])
  expect(contextSelection(parsed)).toBe('id,version,sessions(id,modalities,segments(id)),participants_v2()')
  expect(contextSelection(shape(undefined, 'sessions($expand=segments)'))).toBe('sessions(segments())')
  expect(shape('*').select).toBeUndefined()
})

it('refuses what the metadata does not declare, in OData’s words', () => {
  const cases: [string | undefined, string | undefined, string][] = [
    [
      'bogus',
      undefined,
      "Could not find a property named 'bogus' on type 'microsoft.graph.callRecords.callRecord'.",
    ],
    [
      undefined,
      'modalities',
      "Property 'modalities' on type 'microsoft.graph.callRecords.callRecord' is not a navigation property",
    ],
    [
      undefined,
      'sessions($expand=media)',
      "Could not find a property named 'media' on type 'microsoft.graph.callRecords.session'.",
    ],
    [undefined, 'sessions($expand=segments', 'Found an unbalanced bracket expression.'],
    [undefined, 'sessions)', 'Found an unbalanced bracket expression.'],
    [undefined, 'sessions($top=1)', "The query option '$top' inside $expand of 'sessions' is not supported"],
    [undefined, 'sessions,sessions', "'sessions' is expanded twice"],
    ['id,', undefined, 'Empty item in $select'],
  ]
  for (const [select, expand, message] of cases) {
    const result = parseShape(CALL_RECORD, select, expand)
    expect(result.ok ? 'accepted' : result.message).toContain(message)
    if (!result.ok) expect(result.message).toMatch(/^Parsing OData Select and Expand failed: /)
  }
})
