export interface TextChange {
  from: number
  to: number
  insert: string
}

/**
 * The one replacement that turns `before` into `after`, keeping their common start and end, so that replacing
 * the text (Format, a body from outside) keeps the cursor, folds and marks wherever nothing changed.
 */
export function minimalChange(before: string, after: string): TextChange | null {
  if (before === after) return null
  const shorter = Math.min(before.length, after.length)
  let start = 0
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let end = 0
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) }
}
