import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { initialDraft } from '#src/features/open-draft/draft-state.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { decodeDraft, encodeDraft, type LoadedDraft } from './draft-codec.ts'
import { migrateDraftRecord } from './migrate-draft-record.ts'
import { arbitraryDraft } from './testing/arbitrary-draft.ts'
import { expectSameDraft } from './testing/expect-same-draft.ts'

const meta = { name: 'Workshop “demo” ✓', savedAt: new Date('2026-03-01T09:30:00.000Z') }

describe('the storage format', () => {
  it('round-trips every draft through storage (structured clone) exactly', () => {
    fc.assert(
      fc.property(arbitraryDraft(), (draft) => {
        const stored: unknown = structuredClone(encodeDraft(draft, meta))
        const migrated = migrateDraftRecord(stored)
        if (!migrated.ok) throw new Error(migrated.problem)
        expect(migrated.record).toMatchObject({
          version: 1,
          name: meta.name,
          savedAt: '2026-03-01T09:30:00.000Z',
        })
        const decoded = decodeDraft(migrated.record)
        if (!decoded.ok) throw new Error(decoded.problem)
        expectSameDraft(decoded.draft, draft)
      }),
    )
  })

  it('writes a valid JSON-mode text once, and the text as typed when it is broken', () => {
    const valid = encodeDraft(
      { ...initialDraft(), bodyKind: 'BodyParameter', callRecordId: 'r', bodyText: '{ }', confirm: true },
      meta,
    )
    expect(valid.draft).toMatchObject({ parameterSet: 'Create', body: null, bodyText: '{ }' })
    const broken = encodeDraft(
      { ...decodeOk(valid), bodyText: '{ "id": ', bodyTextProblem: { message: 'x' } },
      meta,
    )
    expect(broken.draft).toMatchObject({ body: '{}', bodyText: '{ "id": ' })
    const restored = decodeOk(broken)
    expect(restored.bodyText).toBe('{ "id": ')
    expect(restored.bodyTextProblem?.message).toMatch(/line 1, column 9/)
  })

  it('keeps Int64s, number text, key order and unknown keys in the stored body', () => {
    const text = '{"10":1,"id":"x","linkSpeed":9223372036854775807,"r":0.10,"n":null,"__proto__":{"a":1e3}}'
    const parsed = parseJson(text)
    if (!parsed.ok) throw parsed.error
    const record = encodeDraft(initialDraft(parsed.value), meta)
    expect(record.draft.body).toBe(text)
  })
})

function decodeOk(record: ReturnType<typeof encodeDraft>): LoadedDraft {
  const decoded = decodeDraft(record)
  if (!decoded.ok) throw new Error(decoded.problem)
  return decoded.draft
}
