/**
 * The claims a 401 asks for (Conditional Access, Continuous Access Evaluation):
 * `WWW-Authenticate: Bearer …, error="insufficient_claims", claims="<base64 JSON>"`.
 * Returns the decoded JSON text MSAL expects as `claims`, or undefined when there is no usable challenge.
 */
export function claimsChallenge(wwwAuthenticate: string | null): string | undefined {
  if (!wwwAuthenticate) return undefined
  const match = /(?:^|[\s,])claims="([^"]+)"/i.exec(wwwAuthenticate)
  const encoded = match?.[1]
  if (!encoded) return undefined
  try {
    const base64 = encoded.replace(/-/g, '+').replace(/_/g, '/')
    const padded = base64.padEnd(base64.length + ((4 - (base64.length % 4)) % 4), '=')
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0))
    const json = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    // A small JSON object from the server, not a session body: the lossless parser is not needed here.
    JSON.parse(json)
    return json
  } catch {
    return undefined
  }
}
