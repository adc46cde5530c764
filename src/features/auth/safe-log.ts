// A JWT (header.payload.signature), or the start of one cut short.
const JWT = /eyJ[\w-]*(?:\.[\w-]*){0,2}/g
// Opaque secrets: refresh tokens, authorization codes, PKCE verifiers are long base64url runs.
const OPAQUE = /[\w-]{32,}/g
// GUID-shaped ids are diagnostics (correlation ids), not secrets; keep them readable.
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * What may reach the console from MSAL's logger: nothing flagged as personal data, and no token even if a
 * message carries one unflagged (PII logging is off as well; this is the belt to those braces).
 */
export function safeLogLine(message: string, containsPii: boolean): string | null {
  if (containsPii) return null
  return message.replace(JWT, '<redacted>').replace(OPAQUE, (run) => (GUID.test(run) ? run : '<redacted>'))
}
