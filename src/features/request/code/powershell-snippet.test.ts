import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { initialDraft } from '#src/features/open-draft/draft-state.ts'
import { jsonEqual } from '#src/lib/json/equal.ts'
import { JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'
import { fromPlain } from '#src/lib/json/plain.ts'
import { CONNECT, powershellSnippet, type PowerShellDraft } from './powershell-snippet.ts'
import { psString } from './ps-quote.ts'
import { psValue } from './ps-value.ts'
import { NASTY_STRINGS } from './testing/nasty.ts'
import { checkStructure, PsReader, readAssignment } from './testing/read-powershell.ts'

function draft(patch: Partial<PowerShellDraft>): PowerShellDraft {
  return { ...initialDraft(), callRecordId: 'rec-1', ...patch }
}

const readBack = (text: string): JsonValue => new PsReader(text).value()

const nastyTree = fromPlain({
  "it's": NASTY_STRINGS,
  '@odata.type': '#microsoft.graph.callRecords.participantEndpoint',
  'key \u2019with\u2018 quotes': { '': null, '10': 1, if: true, 'x-custom': false },
  linkSpeed: 9007199254740993n,
  exact: new JsonNumber('0.10'),
  exponent: new JsonNumber('1E+400'),
  empty: { object: {}, array: [], nested: [[]], lone: [[1, 2]], pair: [[1], []] },
  deep: { a: { b: { c: { d: { e: [{ f: [{ g: 'bottom' }] }] } } } } },
})

describe('PowerShell values', () => {
  it('writes every nasty string so that PowerShell reads back exactly that text', () => {
    for (const text of NASTY_STRINGS) {
      const literal = psString(text)
      expect(literal).not.toContain('\n')
      expect(readBack(literal)).toBe(text)
    }
  })

  it('doubles apostrophes and smart single quotes, and expands nothing', () => {
    expect(psString("O'Brien")).toBe("'O''Brien'")
    expect(psString('\u2018x\u2019 \u201a\u201b')).toBe(
      "'\u2018\u2018x\u2019\u2019 \u201a\u201a\u201b\u201b'",
    )
    expect(psString('$(Get-Date) `n')).toBe("'$(Get-Date) `n'")
    expect(psString('a\r\nb$x`"\u201c')).toBe('"a`r`nb`$x```"`\u201c"')
    expect(psString('\u2028')).toBe('"$([char]0x2028)"')
  })

  it('round-trips a tree of nasty keys, nulls, Int64 and nested arrays', () => {
    const text = psValue(nastyTree)
    checkStructure(text)
    expect(jsonEqual(readBack(text), nastyTree)).toBe(true)
    expect(text).toContain("'@odata.type' = '#microsoft.graph.callRecords.participantEndpoint'")
    expect(text).toContain('linkSpeed = 9007199254740993')
    expect(text).toContain('exact = 0.10')
    expect(text).toContain("'if' = $true")
    expect(text).toContain('lone = @(\n')
  })

  it('round-trips any JSON object', () => {
    const key = fc.oneof(fc.string(), fc.constantFrom(...NASTY_STRINGS))
    const value = fc.letrec<{ v: JsonValue }>((tie) => ({
      v: fc.oneof(
        { depthSize: 'small' },
        fc.constant(null),
        fc.boolean(),
        fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...NASTY_STRINGS)),
        fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map((n) => new JsonNumber(String(n))),
        fc.array(tie('v'), { maxLength: 3 }),
        fc
          .uniqueArray(fc.tuple(key, tie('v')), { maxLength: 4, selector: ([k]) => k })
          .map((e) => new Map(e)),
      ),
    })).v
    fc.assert(
      fc.property(value, (tree) => {
        const text = psValue(tree)
        checkStructure(text)
        expect(jsonEqual(readBack(text), tree)).toBe(true)
      }),
    )
  })

  it('warns where two keys of one object differ only in case', () => {
    const text = psValue(fromPlain({ userAgent: {}, UserAgent: {}, other: 1 }))
    expect(text).toContain(
      "# Warning: 'userAgent' and 'UserAgent' differ only in case; a PowerShell hashtable cannot hold both",
    )
    expect(psValue(fromPlain({ a: 1, b: 2 }))).not.toContain('#')
  })
})

const example = fromPlain({
  id: 'e523d2ed',
  modalities: ['audio'],
  startDateTime: '2020-02-25T18:52:21.2169889Z',
  endDateTime: '2020-02-25T18:52:46.7640013Z',
  isTest: false,
  caller: { '@odata.type': '#microsoft.graph.callRecords.participantEndpoint', name: "Abbie's PC" },
  segments: [
    { id: 's1', media: [{ streams: [{ averageBandwidthEstimate: 9007199254740993n }] }] },
    { id: 's2' },
  ],
  'x-unknown': { nested: true },
})

describe('PowerShell snippet', () => {
  it('writes -BodyParameter $params for Create, with the hashtable meaning the body', () => {
    const text = powershellSnippet(draft({ bodyKind: 'BodyParameter', body: example }))
    checkStructure(text)
    expect(
      text.startsWith(
        `Import-Module Microsoft.Graph.Beta.CloudCommunications\n\n${CONNECT}\n\n$params = @{\n`,
      ),
    ).toBe(true)
    expect(CONNECT).toMatch(/^Connect-MgGraph -Scopes 'CallRecords\.Read\.All' -NoWelcome$/m)
    expect(text).toContain(
      "New-MgBetaCommunicationCallRecordSession -CallRecordId 'rec-1' -BodyParameter $params\n",
    )
    expect(jsonEqual(readAssignment(text, 'params'), example)).toBe(true)
  })

  it('writes -InputObject $identity for the ViaIdentity sets, with every non-empty key', () => {
    const text = powershellSnippet(
      draft({
        target: 'InputObject',
        bodyKind: 'BodyParameter',
        inputObject: { UserId: 'u', CallRecordId: "a'b" },
        body: example,
      }),
    )
    checkStructure(text)
    expect(text).toContain("$identity = @{\n    CallRecordId = 'a''b'\n    UserId = 'u'\n}")
    expect(text).toContain(
      'New-MgBetaCommunicationCallRecordSession -InputObject $identity -BodyParameter $params',
    )
    const missing = powershellSnippet(draft({ target: 'InputObject', inputObject: {} }))
    expect(missing).toContain('$identity = @{}')
    expect(missing).toContain('"InputObject has null value for InputObject.CallRecordId"')
  })

  it('writes the session properties as the cmdlet parameters for CreateExpanded', () => {
    const text = powershellSnippet(draft({ body: example, whatIf: true, confirm: true }))
    checkStructure(text)
    expect(text).toContain(
      [
        'New-MgBetaCommunicationCallRecordSession `',
        "    -CallRecordId 'rec-1' `",
        "    -Id 'e523d2ed' `",
        "    -Modalities @('audio') `",
        "    -StartDateTime '2020-02-25T18:52:21.2169889Z' `",
        "    -EndDateTime '2020-02-25T18:52:46.7640013Z' `",
        '    -IsTest:$false `',
        '    -Caller $caller `',
        '    -Segments $segments `',
        '    -AdditionalProperties $additionalProperties `',
        '    -WhatIf `',
        '    -Confirm\n',
      ].join('\n'),
    )
    const body = example as ReadonlyMap<string, JsonValue>
    expect(jsonEqual(readAssignment(text, 'caller'), body.get('caller'))).toBe(true)
    expect(jsonEqual(readAssignment(text, 'segments'), body.get('segments'))).toBe(true)
    expect(
      jsonEqual(readAssignment(text, 'additionalProperties'), fromPlain({ 'x-unknown': { nested: true } })),
    ).toBe(true)
    expect(text).toContain('averageBandwidthEstimate = 9007199254740993')
    expect(text).not.toContain('$params')
  })

  it('uses -IsTest for true and -IsTest:$false for false, and drops top-level nulls with a note', () => {
    expect(powershellSnippet(draft({ body: fromPlain({ isTest: true }) }))).toContain(' -IsTest\n')
    const text = powershellSnippet(
      draft({ body: fromPlain({ isTest: null, id: 'x', caller: { name: null } }) }),
    )
    expect(text).not.toContain('-IsTest')
    expect(text).toContain(
      '# The body holds null properties or empty objects: the PowerShell SDK leaves them out',
    )
    expect(powershellSnippet(draft({ body: fromPlain({ id: 'x' }) }))).not.toContain('null')
  })

  it('sends values a typed parameter cannot hold exactly through -AdditionalProperties', () => {
    const odd = fromPlain({ startDateTime: '2020-02-25T18:52:21.216988912Z', isTest: 'yes' })
    const text = powershellSnippet(draft({ body: odd }))
    expect(text).not.toContain('-StartDateTime')
    expect(text).not.toContain('-IsTest')
    expect(jsonEqual(readAssignment(text, 'additionalProperties'), odd)).toBe(true)
  })

  it('asks for the call record id instead of sending an empty one, and never holds a token', () => {
    const text = powershellSnippet(draft({ callRecordId: '', bodyKind: 'BodyParameter' }))
    expect(text).toContain('-CallRecordId $callRecordId')
    expect(text).not.toMatch(/Bearer|token/i)
  })
})
