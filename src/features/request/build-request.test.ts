import { describe, expect, it } from 'vitest'
import { initialDraft } from '#src/features/open-draft/draft-state.ts'
import { GRAPH_BETA, sandboxTarget } from '#src/features/open-draft/request-target.ts'
import { textToBody } from '#src/features/parameter-sets/body-text.ts'
import { fromPlain } from '#src/lib/json/plain.ts'
import { buildRequest, MAX_BODY_BYTES, validationBlocker, type RequestDraft } from './build-request.ts'
import { utf8Length } from './utf8-length.ts'
import { CONFIRM_CAPTION, CONFIRM_CHOICES, CONFIRM_QUESTION, performingText, whatIfText } from './what-if.ts'

const ID = '1f0e5a8c-0000-4000-8000-000000000001'

function draft(patch: Partial<RequestDraft>): RequestDraft {
  return { ...initialDraft(), callRecordId: 'rec', ...patch }
}

describe('buildRequest', () => {
  it('POSTs to the sessions of the call record, the id URL-encoded', () => {
    const request = buildRequest(draft({ callRecordId: 'a b/c?d#e%' }), GRAPH_BETA, ID)
    expect(request.method).toBe('POST')
    expect(request.url).toBe(
      'https://graph.microsoft.com/beta/communications/callRecords/a%20b%2Fc%3Fd%23e%25/sessions',
    )
    expect(request.parameterSet).toBe('CreateExpanded')
    expect(buildRequest(draft({}), sandboxTarget('http://127.0.0.1:4517'), ID).url).toBe(
      'http://127.0.0.1:4517/beta/communications/callRecords/rec/sessions',
    )
    expect(buildRequest(draft({}), { kind: 'custom', baseUrl: 'https://proxy.example/v1//' }, ID).url).toBe(
      'https://proxy.example/v1/communications/callRecords/rec/sessions',
    )
  })

  it('takes the id from -InputObject in the ViaIdentity sets', () => {
    const request = buildRequest(
      draft({
        target: 'InputObject',
        callRecordId: 'ignored',
        inputObject: { CallRecordId: 'x/y', UserId: 'u' },
      }),
      GRAPH_BETA,
      ID,
    )
    expect(request.path).toBe('/communications/callRecords/x%2Fy/sessions')
    expect(request.parameterSet).toBe('CreateViaIdentityExpanded')
  })

  it("blocks with the cmdlet's own message when the target does not resolve", () => {
    const request = buildRequest(draft({ target: 'InputObject', inputObject: {} }), GRAPH_BETA, ID)
    expect(request.callRecordId).toBeNull()
    expect(request.url).toBe(
      'https://graph.microsoft.com/beta/communications/callRecords/{callRecord-id}/sessions',
    )
    expect(request.blockers).toEqual([
      { kind: 'target', message: 'InputObject has null value for InputObject.CallRecordId' },
    ])
  })

  it('redacts the token and carries the client-request-id, headers in order', () => {
    const request = buildRequest(draft({}), GRAPH_BETA, ID)
    expect(request.headers).toEqual([
      ['Authorization', 'Bearer <redacted>'],
      ['Content-Type', 'application/json'],
      ['Accept', 'application/json'],
      ['client-request-id', ID],
    ])
  })

  it('sends the body compact with numbers and key order as held, and shows it indented', () => {
    const parsed = textToBody(
      '{ "z": 1, "10": "ten", "linkSpeed": 9007199254740993, "ratio": 0.10, "none": null }',
    )
    if (!parsed.ok) throw new Error(parsed.problem.message)
    const body = parsed.body
    const request = buildRequest(draft({ body }), GRAPH_BETA, ID)
    expect(request.body).toBe('{"z":1,"10":"ten","linkSpeed":9007199254740993,"ratio":0.10,"none":null}')
    expect(request.prettyBody).toBe(
      '{\n  "z": 1,\n  "10": "ten",\n  "linkSpeed": 9007199254740993,\n  "ratio": 0.10,\n  "none": null\n}',
    )
  })

  it('counts UTF-8 bytes of the sent body and blocks above 4 MB', () => {
    const body = fromPlain({ name: '\u00e9\u20ac\u{1F600}' })
    expect(buildRequest(draft({ body }), GRAPH_BETA, ID).bytes).toBe(
      new TextEncoder().encode('{"name":"\u00e9\u20ac\u{1F600}"}').length,
    )
    const filler = (n: number) => fromPlain({ x: 'a'.repeat(n) })
    const overhead = '{"x":""}'.length
    expect(buildRequest(draft({ body: filler(MAX_BODY_BYTES - overhead) }), GRAPH_BETA, ID).blockers).toEqual(
      [],
    )
    const over = buildRequest(draft({ body: filler(MAX_BODY_BYTES - overhead + 1) }), GRAPH_BETA, ID)
    expect(over.bytes).toBe(4_194_305)
    expect(over.blockers.map((b) => b.kind)).toEqual(['size'])
  })

  it('blocks on BodyParameter text that does not parse, only in JSON mode', () => {
    const problem = { message: 'Trailing comma before ] (line 3, column 26)', line: 3, column: 26 }
    expect(
      buildRequest(draft({ bodyKind: 'BodyParameter', bodyTextProblem: problem }), GRAPH_BETA, ID).blockers,
    ).toEqual([
      {
        kind: 'bodyText',
        message: 'BodyParameter: Trailing comma before ] (line 3, column 26)',
        problem: 'Trailing comma before ] (line 3, column 26)',
      },
    ])
  })

  it('says where the errors are shown: the form, or the BodyParameter JSON (never "see the form" there)', () => {
    const expanded = buildRequest(draft({}), GRAPH_BETA, ID)
    const json = buildRequest(draft({ bodyKind: 'BodyParameter' }), GRAPH_BETA, ID)
    expect(validationBlocker(0, expanded)).toBeNull()
    expect(validationBlocker(2, expanded)).toBe(
      '2 errors in the body that Graph would reject (see the form).',
    )
    expect(validationBlocker(1, json)).toBe(
      '1 error in the body that Graph would reject (marked in the BodyParameter JSON).',
    )
  })
})

describe('utf8Length', () => {
  it('agrees with TextEncoder, lone surrogates included', () => {
    for (const text of [
      '',
      'abc',
      '\u00ff\u0800\uffff',
      '\u{10FFFF}\u{1F600}',
      'lone \ud800 and \udc00 end\ud800',
    ]) {
      expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length)
    }
  })
})

describe('What if', () => {
  it("is the cmdlet's sentence with the set name and the id as in the URL", () => {
    const request = buildRequest(draft({ callRecordId: 'a b/c', bodyKind: 'BodyParameter' }), GRAPH_BETA, ID)
    expect(whatIfText(request)).toEqual({
      ok: true,
      sentence:
        'What if: Performing the operation "New-MgBetaCommunicationCallRecordSession_Create" on target "Call remote \'POST /communications/callRecords/a%20b%2Fc/sessions\'".',
    })
  })

  it('asks -Confirm about the same operation without "What if:", with PowerShell’s own choices', () => {
    const request = buildRequest(draft({ callRecordId: 'rec' }), GRAPH_BETA, ID)
    expect(performingText(request)).toEqual({
      ok: true,
      sentence:
        'Performing the operation "New-MgBetaCommunicationCallRecordSession_CreateExpanded" on target "Call remote \'POST /communications/callRecords/rec/sessions\'".',
    })
    expect([CONFIRM_CAPTION, CONFIRM_QUESTION, CONFIRM_CHOICES]).toEqual([
      'Confirm',
      'Are you sure you want to perform this action?',
      '[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [S] Suspend  [?] Help (default is "Y"):',
    ])
  })

  it("is the cmdlet's error when the target does not resolve", () => {
    const request = buildRequest(draft({ target: 'InputObject' }), GRAPH_BETA, ID)
    expect(whatIfText(request)).toEqual({
      ok: false,
      error:
        'New-MgBetaCommunicationCallRecordSession: InputObject has null value for InputObject.CallRecordId',
    })
  })
})
