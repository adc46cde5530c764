/**
 * A JWT (and a JWE) starts with a base64url JSON header, `eyJ…`, followed by a dot and another segment.
 * Drafts never hold tokens; this guards against one pasted into a field by mistake.
 */
const JWT = /eyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}/

export function looksLikeJwt(text: string): boolean {
  return JWT.test(text)
}
