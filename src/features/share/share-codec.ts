import type { DraftRecord } from '#src/features/draft-library/draft-record.ts'
import { migrateDraftRecord } from '#src/features/draft-library/migrate-draft-record.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { fromPlain, toPlain } from '#src/lib/json/plain.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { base64urlToBytes, bytesToBase64url } from './base64url.ts'
import { deflateRaw, inflateRaw } from './deflate.ts'
import { looksLikeJwt } from './looks-like-jwt.ts'

export const TOKEN_REFUSAL =
  'The draft contains something that looks like a token (a JWT, “eyJ…”); a share link never carries one. Remove it first.'

/** The draft record (the storage format) as deflate-raw + base64url, for a URL fragment. */
export async function encodeSharePayload(record: DraftRecord): Promise<string> {
  const text = stringifyJson(fromPlain(record))
  if (looksLikeJwt(text)) throw new Error(TOKEN_REFUSAL)
  return bytesToBase64url(await deflateRaw(new TextEncoder().encode(text)))
}

export type DecodedShare = { ok: true; record: DraftRecord } | { ok: false; problem: string }

export async function decodeSharePayload(payload: string): Promise<DecodedShare> {
  const bytes = base64urlToBytes(payload)
  if (!bytes)
    return { ok: false, problem: 'The link is damaged: it is not base64url text (was it cut short?).' }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await inflateRaw(bytes))
  } catch (error) {
    const reason = error instanceof RangeError ? error.message : 'it does not unpack'
    return { ok: false, problem: `The link is damaged: ${reason} (was it cut short?).` }
  }
  if (looksLikeJwt(text))
    return { ok: false, problem: 'The link carries something that looks like a token; it was not opened.' }
  const parsed = parseJson(text)
  if (!parsed.ok) return { ok: false, problem: `The link is damaged: ${parsed.error.message}.` }
  const migrated = migrateDraftRecord(toPlain(parsed.value))
  return migrated.ok ? { ok: true, record: migrated.record } : { ok: false, problem: migrated.problem }
}
