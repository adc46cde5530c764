import { describe, expect, it } from 'vitest'
import { decodeDraft } from './draft-codec.ts'
import { migrateDraftRecord } from './migrate-draft-record.ts'

describe('migrateDraftRecord', () => {
  it('carries the unversioned prototype shape forward to version 1', () => {
    const prototype = {
      name: 'Friday demo',
      savedAt: Date.UTC(2025, 10, 14, 16, 5),
      target: 'InputObject',
      mode: 'json',
      inputObject: { CallRecordId: 'rec-1', NotAKey: 'dropped' },
      body: '{"id":"s","linkSpeed":4294967295}',
      jsonText: '{\n  "id": "s",\n  "linkSpeed": 4294967295\n}',
      switches: { whatIf: true },
    }
    const migrated = migrateDraftRecord(prototype)
    expect(migrated).toEqual({
      ok: true,
      from: 0,
      record: {
        version: 1,
        format: 'session-composer.draft',
        name: 'Friday demo',
        savedAt: '2025-11-14T16:05:00.000Z',
        draft: {
          parameterSet: 'CreateViaIdentity',
          callRecordId: '',
          inputObject: { CallRecordId: 'rec-1' },
          body: '{"id":"s","linkSpeed":4294967295}',
          bodyText: '{\n  "id": "s",\n  "linkSpeed": 4294967295\n}',
          whatIf: true,
          confirm: false,
        },
      },
    })
    const decoded = migrated.ok ? decodeDraft(migrated.record) : undefined
    expect(decoded?.ok && decoded.draft).toMatchObject({
      target: 'InputObject',
      bodyKind: 'BodyParameter',
      whatIf: true,
    })
  })

  it.each([
    ['null', null, 'This is not a saved draft.'],
    ['a string', 'draft', 'This is not a saved draft.'],
    ['an array', [], 'This is not a saved draft.'],
    ['a session body', { id: 'x', modalities: ['audio'] }, 'This is not a saved draft.'],
    [
      'a future version',
      { version: 7, format: 'session-composer.draft' },
      'newer Session Composer (format version 7)',
    ],
    [
      'a damaged record',
      { version: 1, format: 'session-composer.draft', name: 'x', savedAt: 'yesterday', draft: {} },
      'The saved draft is damaged (savedAt',
    ],
    [
      'a record with neither body nor text',
      {
        version: 1,
        format: 'session-composer.draft',
        name: 'x',
        savedAt: '2026-01-01T00:00:00Z',
        draft: {
          parameterSet: 'Create',
          callRecordId: '',
          inputObject: {},
          body: null,
          bodyText: null,
          whatIf: false,
          confirm: false,
        },
      },
      'draft.body: A saved draft needs its body',
    ],
  ])('reports %s instead of crashing', (_, stored, problem) => {
    const migrated = migrateDraftRecord(stored)
    expect(migrated.ok).toBe(false)
    expect(migrated.ok ? '' : migrated.problem).toContain(problem)
  })

  it('reports a stored body that is not JSON when it is decoded', () => {
    const migrated = migrateDraftRecord({
      version: 1,
      format: 'session-composer.draft',
      name: 'x',
      savedAt: '2026-01-01T00:00:00Z',
      draft: {
        parameterSet: 'CreateExpanded',
        callRecordId: '',
        inputObject: {},
        body: '{"id":',
        bodyText: null,
        whatIf: false,
        confirm: false,
      },
    })
    if (!migrated.ok) throw new Error(migrated.problem)
    const decoded = decodeDraft(migrated.record)
    expect(decoded.ok ? '' : decoded.problem).toContain('not valid JSON')
  })
})
