import { Store } from '#src/lib/store/store.ts'

export interface Cursor {
  line: number
  column: number
}

/** The cursor's line and column for the status line, outside React so a keystroke re-renders only that. */
export class CursorPosition extends Store<Cursor> {
  constructor() {
    super({ line: 1, column: 1 })
  }

  moveTo(line: number, column: number): void {
    const at = this.getSnapshot()
    if (line !== at.line || column !== at.column) this.set({ line, column })
  }
}
