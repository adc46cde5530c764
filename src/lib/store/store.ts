export type Listener = () => void

/** What React (and any other reader) needs from a store: the value now, and a call when it changes. */
export interface ReadableStore<T> {
  getSnapshot: () => T
  subscribe: (listener: Listener) => () => void
}

/**
 * The one store primitive: a value replaced (never mutated) on change, and the listeners told about it.
 * Every store in the app is this with domain methods on top, as TanStack Query's caches all extend one
 * small `Subscribable`. `getSnapshot` and `subscribe` are bound, so they can be handed around on their own.
 */
export class Store<T> implements ReadableStore<T> {
  private value: T
  private readonly listeners = new Set<Listener>()

  constructor(initial: T) {
    this.value = initial
  }

  readonly getSnapshot = (): T => this.value

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener)
    return () => {
      this.listeners.delete(listener)
    }
  }

  /** Replaces the value and tells every listener; the same value (Object.is) tells no one. */
  set(next: T): void {
    if (Object.is(next, this.value)) return
    this.value = next
    for (const listener of this.listeners) listener()
  }
}
