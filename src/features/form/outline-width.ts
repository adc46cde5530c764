import { readStoredSize, writeStoredSize, type SizeBounds } from '#src/components/ui/split-size.ts'

export const OUTLINE_MIN_WIDTH = 160
/** What the detail pane keeps, however wide the outline: its toolbar and the @odata.type pickers need it. */
export const DETAIL_MIN_WIDTH = 320

/** Keeps the outline readable, never more than 60% of the editor, and the detail pane usable beside it. */
export function outlineBounds(editorWidth: number): SizeBounds {
  const max = Math.min(Math.round(editorWidth * 0.6), editorWidth - DETAIL_MIN_WIDTH)
  return { min: OUTLINE_MIN_WIDTH, max: Math.max(OUTLINE_MIN_WIDTH, max) }
}

const STORAGE_KEY = 'session-composer.outline-width'

/** The outline column's width in CSS pixels, as the user left it: null while they never resized it. */
export function readOutlineWidth(): number | null {
  return readStoredSize(STORAGE_KEY, (width) => width >= OUTLINE_MIN_WIDTH)
}

export function writeOutlineWidth(width: number | null): void {
  writeStoredSize(STORAGE_KEY, width)
}
