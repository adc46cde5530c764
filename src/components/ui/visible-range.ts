export interface LineRange {
  /** First line to render (inclusive). */
  first: number
  /** Line after the last one to render (exclusive). */
  end: number
}

/** The lines a viewport of `height` px at `scrollTop` shows, plus `overscan` lines on each side. */
export function visibleRange(
  scrollTop: number,
  height: number,
  lineHeight: number,
  lineCount: number,
  overscan = 8,
): LineRange {
  const top = Math.max(0, Math.floor(scrollTop / lineHeight) - overscan)
  const bottom = Math.ceil((scrollTop + Math.max(height, 0)) / lineHeight) + overscan
  const first = Math.min(top, lineCount)
  return { first, end: Math.min(Math.max(bottom, first), lineCount) }
}
