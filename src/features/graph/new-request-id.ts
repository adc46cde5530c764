/** A `client-request-id` for reads and deletes (Send uses the one its preview showed). */
export function newRequestId(): string {
  if (globalThis.isSecureContext) return crypto.randomUUID()
  const hex = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0'))
  hex[6] = `4${(hex[6] ?? '00').slice(1)}`
  hex[8] = (((Number.parseInt(hex[8] ?? '00', 16) & 0x3f) | 0x80) >>> 0).toString(16)
  const h = hex.join('')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`
}
