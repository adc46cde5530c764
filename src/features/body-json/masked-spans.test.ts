import { describe, expect, it } from 'vitest'
import { maskSession } from '#src/features/presenter/mask-session.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { maskedSpans } from './masked-spans.ts'

describe('maskedSpans', () => {
  it('finds each identifier the presenter mask hides, where it is written, and what to draw instead', () => {
    const text = `{
  "id": "e523d2ed-2966-4b6b-925b-754a88034cc5",
  "caller": { "associatedIdentity": { "tenantId": "dc368399-474c-4d40-900c-6265431fd81f", "userPrincipalName": "abbie.wilkins@contoso.com", "x": 1 } },
  "isTest": false
}`
    const parsed = parseJson(text)
    if (!parsed.ok) throw parsed.error
    const spans = maskedSpans(text, parsed.value, maskSession)
    expect(spans.map(({ from, to }) => text.slice(from, to))).toEqual([
      '"dc368399-474c-4d40-900c-6265431fd81f"',
      '"abbie.wilkins@contoso.com"',
    ])
    expect(spans.map((span) => span.shown)).toEqual([
      '"••••••••-••••-••••-••••-••••••••d81f"',
      '"•••@contoso.com"',
    ])
  })
})
