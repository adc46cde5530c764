export const SHARE_PARAMETER = 'draft'

/** The payload of a share link's fragment (`#draft=…`), or null when the fragment is something else. */
export function sharePayloadOf(hash: string): string | null {
  const prefix = `#${SHARE_PARAMETER}=`
  return hash.startsWith(prefix) ? hash.slice(prefix.length) : null
}
