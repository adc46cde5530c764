/** RFC 4122 v4. `crypto.randomUUID` needs a secure context; a workshop LAN address over http is not one. */
export function uuidV4(): string {
  if (globalThis.isSecureContext) return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

/**
 * The `client-request-id` of the next send. It stays the same while the draft is edited, so the preview,
 * the snippets and the request actually sent agree; retries of one send reuse it (as Graph's SDKs do).
 */
export class RequestIdStore {
  private id: string
  private readonly listeners = new Set<() => void>()

  constructor(private readonly create: () => string = uuidV4) {
    this.id = create()
  }

  current = (): string => this.id

  /** Rotates to a fresh id (after a send) and returns it. */
  next(): string {
    this.id = this.create()
    for (const listener of this.listeners) listener()
    return this.id
  }

  /** The id for the send about to start; the preview moves on to a fresh one. */
  consume(): string {
    const id = this.id
    this.next()
    return id
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }
}
