/** Graph's write limit: "Write requests in Microsoft Graph API have a size limit of 4 MB." */
export const MAX_BODY_BYTES = 4 * 1024 * 1024

export type BodyResult =
  { ok: true; text: string } | { ok: false; reason: 'too-large' | 'not-utf8' | 'aborted' }

/**
 * Reads at most `limit` bytes: a Content-Length over the limit is refused before anything is read, and a
 * chunked body is abandoned as soon as it passes the limit, so an oversized upload is never buffered.
 */
export async function readBody(request: Request, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  const declared = request.headers.get('Content-Length')
  if (declared !== null && /^\d+$/.test(declared) && Number(declared) > limit) {
    return { ok: false, reason: 'too-large' }
  }
  if (!request.body) return { ok: true, text: '' }
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > limit) {
        await reader.cancel()
        return { ok: false, reason: 'too-large' }
      }
      chunks.push(value)
    }
  } catch {
    return { ok: false, reason: 'aborted' }
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) }
  } catch {
    return { ok: false, reason: 'not-utf8' }
  }
}
