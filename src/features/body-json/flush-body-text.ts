import type { DraftStore } from '../draft/draft-store.ts'

const flushers = new WeakMap<DraftStore, Set<() => void>>()

/** Registers an open editor's flush for `flushBodyText`; returns the unregistration. */
export function registerBodyTextFlush(store: DraftStore, flush: () => void): () => void {
  const set = flushers.get(store) ?? new Set()
  flushers.set(store, set)
  set.add(flush)
  return () => set.delete(flush)
}

/**
 * Puts the JSON editor's latest text into the store now. The editor flushes by itself on pointer down,
 * focus out and page hide; code that reads `bodyText` without such a gesture (a keyboard shortcut that
 * switches the parameter set, a send started by code) calls this first.
 */
export function flushBodyText(store: DraftStore): void {
  flushers.get(store)?.forEach((flush) => {
    flush()
  })
}
