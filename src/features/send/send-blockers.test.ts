import { describe, expect, it } from 'vitest'
import { initialDraft } from '#src/features/open-draft/draft-state.ts'
import { sandboxTarget } from '#src/features/open-draft/request-target.ts'
import { buildRequest } from '#src/features/request/build-request.ts'
import { fromPlain } from '#src/lib/json/plain.ts'
import { sendBlockers } from './send-blockers.ts'

const target = sandboxTarget('https://localhost:5443')
const body = fromPlain({ id: 's1' })

describe('sendBlockers', () => {
  it('lets a complete request through, warnings or not', () => {
    const draft = { ...initialDraft(body), callRecordId: 'c1' }
    expect(sendBlockers(buildRequest(draft, target, 'id'), 0)).toEqual([])
  })

  it('names the missing CallRecordId and the InputObject error in the cmdlet’s words', () => {
    expect(sendBlockers(buildRequest(initialDraft(body), target, 'id'), 0)).toEqual([
      "Cannot bind argument to parameter 'CallRecordId' because it is an empty string.",
    ])
    const viaIdentity = {
      ...initialDraft(body),
      target: 'InputObject' as const,
      inputObject: { CallId: 'x' },
    }
    expect(sendBlockers(buildRequest(viaIdentity, target, 'id'), 0)).toEqual([
      'InputObject has null value for InputObject.CallRecordId',
    ])
  })

  it('blocks on a BodyParameter text problem and on validation errors', () => {
    const draft = {
      ...initialDraft(body),
      callRecordId: 'c1',
      bodyKind: 'BodyParameter' as const,
      bodyText: '{',
      bodyTextProblem: { message: 'Unexpected end (line 1, column 2)' },
    }
    expect(sendBlockers(buildRequest(draft, target, 'id'), 2)).toEqual([
      'BodyParameter: Unexpected end (line 1, column 2)',
      '2 errors in the body that Graph would reject (marked in the BodyParameter JSON).',
    ])
    expect(sendBlockers(buildRequest({ ...draft, bodyKind: 'Expanded' }, target, 'id'), 1)).toEqual([
      '1 error in the body that Graph would reject (see the form).',
    ])
  })

  it('blocks a body over 4 MB', () => {
    const big = fromPlain({ id: 'x'.repeat(4 * 1024 * 1024) })
    const reasons = sendBlockers(buildRequest({ ...initialDraft(big), callRecordId: 'c1' }, target, 'id'), 0)
    expect(reasons).toHaveLength(1)
    expect(reasons[0]).toMatch(/4 MB/)
  })
})
