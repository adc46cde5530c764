const CHUNK = 0x8000

/** Base64url without padding (RFC 4648 §5): safe in a URL fragment as it is. */
export function bytesToBase64url(bytes: Uint8Array): string {
  let binary = ''
  // fromCharCode takes arguments: chunks keep a 2 MB link clear of the engine's argument limit.
  for (let start = 0; start < bytes.length; start += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(start, start + CHUNK))
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** The bytes, or undefined when the text is not base64url. */
export function base64urlToBytes(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}
