import type { DraftStore } from '#src/features/open-draft/draft-store.ts'

/** Registers an open editor's flush with the draft store; returns the unregistration. */
export function registerBodyTextFlush(store: DraftStore, flush: () => void): () => void {
  return store.registerFlush(flush)
}

/**
 * Puts the JSON editor's latest text into the store now. The store does this itself before switching the
 * body kind; the editor also flushes on pointer down, focus out and page hide.
 */
export function flushBodyText(store: DraftStore): void {
  store.flushPending()
}
