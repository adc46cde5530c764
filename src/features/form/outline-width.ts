/** The outline column's width in CSS pixels, as the user left it: null while they never resized it. */
export interface WidthBounds {
  min: number
  max: number
}

export const OUTLINE_MIN_WIDTH = 160
const STEP = 16
const BIG_STEP = 64

/** Keeps the outline readable and the detail pane at least as wide as the outline's minimum. */
export function outlineBounds(editorWidth: number): WidthBounds {
  const max = Math.max(OUTLINE_MIN_WIDTH, Math.round(editorWidth * 0.6))
  return { min: OUTLINE_MIN_WIDTH, max }
}

export function clampWidth(width: number, { min, max }: WidthBounds): number {
  return Math.round(Math.min(max, Math.max(min, width)))
}

/** The width a key moves the splitter to, or null for a key that does not move it (WAI-ARIA window splitter). */
export function widthAfterKey(
  key: string,
  shift: boolean,
  width: number,
  bounds: WidthBounds,
): number | null {
  const step = shift ? BIG_STEP : STEP
  switch (key) {
    case 'ArrowLeft':
      return clampWidth(width - step, bounds)
    case 'ArrowRight':
      return clampWidth(width + step, bounds)
    case 'Home':
      return bounds.min
    case 'End':
      return bounds.max
    default:
      return null
  }
}

const STORAGE_KEY = 'session-composer.outline-width'

export function readOutlineWidth(): number | null {
  try {
    const stored = Number(localStorage.getItem(STORAGE_KEY) ?? Number.NaN)
    return Number.isFinite(stored) && stored >= OUTLINE_MIN_WIDTH ? stored : null
  } catch {
    return null
  }
}

export function writeOutlineWidth(width: number | null): void {
  try {
    if (width === null) localStorage.removeItem(STORAGE_KEY)
    else localStorage.setItem(STORAGE_KEY, String(width))
  } catch {
    // Storage disabled: the width lasts until the page closes.
  }
}
