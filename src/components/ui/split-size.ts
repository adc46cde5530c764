/** The range a split pane may take, in CSS pixels along the split's axis. */
export interface SizeBounds {
  min: number
  max: number
}

/** `vertical`: a bar between left and right panes (arrows left/right); `horizontal`: between top and bottom. */
export type SplitOrientation = 'vertical' | 'horizontal'

const STEP = 16
const BIG_STEP = 64

export function clampSize(size: number, { min, max }: SizeBounds): number {
  return Math.round(Math.min(Math.max(min, max), Math.max(min, size)))
}

/** The size a key moves the split to, or null for a key that does not move it (WAI-ARIA window splitter). */
export function sizeAfterKey(
  key: string,
  shift: boolean,
  size: number,
  bounds: SizeBounds,
  orientation: SplitOrientation = 'vertical',
): number | null {
  const step = shift ? BIG_STEP : STEP
  const [less, more] = orientation === 'vertical' ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown']
  switch (key) {
    case less:
      return clampSize(size - step, bounds)
    case more:
      return clampSize(size + step, bounds)
    case 'Home':
      return bounds.min
    case 'End':
      return Math.max(bounds.min, bounds.max)
    default:
      return null
  }
}

/** A remembered number (a width in px, a share of a column); null when never chosen or storage is off. */
export function readStoredSize(key: string, valid: (value: number) => boolean): number | null {
  try {
    const stored = Number(localStorage.getItem(key) ?? Number.NaN)
    return Number.isFinite(stored) && valid(stored) ? stored : null
  } catch {
    return null
  }
}

export function writeStoredSize(key: string, value: number | null): void {
  try {
    if (value === null) localStorage.removeItem(key)
    else localStorage.setItem(key, String(value))
  } catch {
    // Storage disabled: the size lasts until the page closes.
  }
}
