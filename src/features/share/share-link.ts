import { encodeDraft } from '#src/features/draft-library/draft-codec.ts'
import type { DraftState } from '#src/features/open-draft/draft-state.ts'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { encodeSharePayload } from './share-codec.ts'
import { SHARE_PARAMETER } from './share-fragment.ts'

/** Chat apps, mail and some proxies start to cut or choke on URLs around here. */
export const COMFORTABLE_LINK_LENGTH = 8 * 1024
export const MAX_LINK_LENGTH = 2 * 1024 * 1024

export type ShareLink =
  { ok: true; url: string; length: number; long: boolean } | { ok: false; problem: string; length?: number }

export interface ShareOptions {
  name: string
  /** The page the link opens: this app, without its own fragment. */
  base: string
  /** Presenter mode: the link carries the masked body, as the screen shows it. */
  maskBody?: (body: JsonValue) => JsonValue
}

/** The draft in the URL fragment (`#draft=…`), which browsers never send to a server. */
export async function buildShareLink(
  state: Omit<DraftState, 'generation'>,
  options: ShareOptions,
): Promise<ShareLink> {
  const shown = options.maskBody
    ? // A masked text cannot keep the typed layout: the link carries the masked body, formatted.
      { ...state, body: options.maskBody(state.body), bodyText: null, bodyTextProblem: null }
    : state
  let payload: string
  try {
    payload = await encodeSharePayload(encodeDraft(shown, { name: options.name, savedAt: new Date() }))
  } catch (error) {
    return { ok: false, problem: error instanceof Error ? error.message : String(error) }
  }
  const url = `${options.base.replace(/#.*$/, '')}#${SHARE_PARAMETER}=${payload}`
  if (url.length > MAX_LINK_LENGTH) {
    return {
      ok: false,
      length: url.length,
      problem: `The link would be ${url.length.toLocaleString('en-US')} characters, over the ${MAX_LINK_LENGTH.toLocaleString('en-US')} a link can carry. Export the draft as a file instead.`,
    }
  }
  return { ok: true, url, length: url.length, long: url.length > COMFORTABLE_LINK_LENGTH }
}
