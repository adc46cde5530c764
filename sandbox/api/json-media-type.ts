/** `application/json`, with no charset or UTF-8 (JSON is UTF-8 on the wire, RFC 8259). */
export function isJsonMediaType(header: string): boolean {
  const [mediaType = '', ...params] = header.split(';').map((part) => part.trim().toLowerCase())
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length)
  return (
    mediaType === 'application/json' && (charset === undefined || charset.replaceAll('"', '') === 'utf-8')
  )
}

/** The body's bytes as text, or undefined when they are not UTF-8. */
export function utf8Text(bytes: ArrayBuffer): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return undefined
  }
}
