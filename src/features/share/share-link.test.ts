import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decodeDraft } from '#src/features/draft-library/draft-codec.ts'
import { arbitraryDraft } from '#src/features/draft-library/testing/arbitrary-draft.ts'
import { expectSameDraft } from '#src/features/draft-library/testing/expect-same-draft.ts'
import { initialDraft } from '#src/features/open-draft/draft-state.ts'
import { fromPlain } from '#src/lib/json/plain.ts'
import { bytesToBase64url } from './base64url.ts'
import { deflateRaw } from './deflate.ts'
import { decodeSharePayload, TOKEN_REFUSAL } from './share-codec.ts'
import { sharePayloadOf } from './share-fragment.ts'
import { buildShareLink, COMFORTABLE_LINK_LENGTH } from './share-link.ts'

function randomText(length: number): string {
  const bytes = new Uint8Array(length)
  for (let start = 0; start < length; start += 65536)
    crypto.getRandomValues(bytes.subarray(start, start + 65536))
  return bytesToBase64url(bytes).slice(0, length)
}

const base = 'https://localhost:4517/?x=1#old'
const expanded = { ...initialDraft(), callRecordId: 'rec' }

async function roundTrip(link: Awaited<ReturnType<typeof buildShareLink>>) {
  if (!link.ok) throw new Error(link.problem)
  const payload = sharePayloadOf(new URL(link.url).hash)
  const decoded = await decodeSharePayload(payload ?? '')
  if (!decoded.ok) throw new Error(decoded.problem)
  return decoded.record
}

describe('share links', () => {
  it('carry any draft in the fragment and give it back exactly', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDraft(), async (draft) => {
        const link = await buildShareLink(draft, { name: 'Shared', base })
        expect(link.ok && link.url.startsWith('https://localhost:4517/?x=1#draft=')).toBe(true)
        const record = await roundTrip(link)
        const decoded = decodeDraft(record)
        if (!decoded.ok) throw new Error(decoded.problem)
        expectSameDraft(decoded.draft, draft)
      }),
    )
  })

  it('refuse anything that looks like a token', async () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.c2lnbmF0dXJl'
    for (const draft of [
      { ...expanded, body: fromPlain({ 'x-note': `Bearer ${jwt}` }) },
      { ...expanded, body: new Map(), callRecordId: jwt },
    ]) {
      expect(await buildShareLink(draft, { name: 'n', base })).toEqual({ ok: false, problem: TOKEN_REFUSAL })
    }
    expect(await buildShareLink({ ...expanded, body: new Map() }, { name: jwt, base })).toMatchObject({
      ok: false,
    })
  })

  it('carry the masked body in presenter mode', async () => {
    const body = fromPlain({ callerNetwork: { ipAddress: '10.1.2.3' } })
    const link = await buildShareLink(
      {
        ...expanded,
        bodyKind: 'BodyParameter',
        bodyText: '{"callerNetwork":{"ipAddress":"10.1.2.3"}}',
        body,
      },
      { name: 'n', base, maskBody: () => fromPlain({ callerNetwork: { ipAddress: '10.•.•.3' } }) },
    )
    const record = await roundTrip(link)
    expect(record.draft.body).toBe('{"callerNetwork":{"ipAddress":"10.•.•.3"}}')
    expect(record.draft.bodyText).toBeNull()
  })

  it('say when a link grows long, and refuse one over 2 MB', async () => {
    const words = Array.from({ length: 3000 }, (_, i) => `${(i * 7919) % 104729}`).join(' ')
    const long = await buildShareLink({ ...expanded, body: fromPlain({ text: words }) }, { name: 'n', base })
    expect(long).toMatchObject({ ok: true, long: true })
    expect(long.ok && long.length > COMFORTABLE_LINK_LENGTH).toBe(true)
    // Random text barely compresses: 3 MB of it cannot fit in 2 MB of link.
    const noise = randomText(3_000_000)
    const huge = await buildShareLink({ ...expanded, body: fromPlain({ noise }) }, { name: 'n', base })
    expect(huge.ok ? '' : huge.problem).toContain('over the 2,097,152')
  })

  it('explain a damaged link instead of opening it', async () => {
    const problemOf = async (payload: string) => {
      const decoded = await decodeSharePayload(payload)
      return decoded.ok ? '' : decoded.problem
    }
    expect(await problemOf('not base64!')).toContain('not base64url')
    expect(await problemOf('AAAA')).toContain('damaged')
    const notDraft = bytesToBase64url(await deflateRaw(new TextEncoder().encode('{"id":"x"}')))
    expect(await decodeSharePayload(notDraft)).toEqual({ ok: false, problem: 'This is not a saved draft.' })
    expect(sharePayloadOf('#other=1')).toBeNull()
  })
})
