import { Store } from '#src/lib/store/store.ts'
import { uuidV4 } from '#src/lib/uuid-v4.ts'

/**
 * The `client-request-id` of the next send. It stays the same while the draft is edited, so the preview,
 * the snippets and the request actually sent agree; retries of one send reuse it (as Graph's SDKs do).
 */
export class RequestIdStore extends Store<string> {
  constructor(private readonly create: () => string = uuidV4) {
    super(create())
  }

  current = (): string => this.getSnapshot()

  /** Rotates to a fresh id (after a send) and returns it. */
  next(): string {
    this.set(this.create())
    return this.getSnapshot()
  }

  /** The id for the send about to start; the preview moves on to a fresh one. */
  consume(): string {
    const id = this.getSnapshot()
    this.next()
    return id
  }
}
