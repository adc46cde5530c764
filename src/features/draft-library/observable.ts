/** A value React can read with useSyncExternalStore: a snapshot, replaced (never mutated) on change. */
export class Observable<T extends object> {
  private readonly listeners = new Set<() => void>()

  constructor(private value: T) {}

  getSnapshot = (): T => this.value

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  update(patch: Partial<T>): void {
    this.value = { ...this.value, ...patch }
    this.listeners.forEach((listener) => {
      listener()
    })
  }
}
