export interface Cursor {
  line: number
  column: number
}

/** The cursor's line and column for the status line, outside React so a keystroke re-renders only that. */
export class CursorPosition {
  private value: Cursor = { line: 1, column: 1 }
  private readonly listeners = new Set<() => void>()

  get = (): Cursor => this.value

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  set(line: number, column: number): void {
    if (line === this.value.line && column === this.value.column) return
    this.value = { line, column }
    for (const listener of this.listeners) listener()
  }
}
