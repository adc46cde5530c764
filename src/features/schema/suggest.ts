/**
 * The declared name `key` was most likely meant to be: the same name in another case, or the nearest one by
 * edit distance (a swap of neighbours counts as one edit) when it is close for the key's length. Otherwise none.
 */
export function closestName(key: string, names: readonly string[]): string | undefined {
  const lower = key.toLowerCase()
  const sameLetters = names.find((name) => name.toLowerCase() === lower)
  if (sameLetters) return sameLetters
  // One slip in a short name, up to three in a long one: beyond that a "suggestion" is a guess.
  const allowed = Math.min(3, Math.max(1, Math.floor(key.length / 5)))
  let best: string | undefined
  let bestDistance = allowed + 1
  for (const name of names) {
    const distance = editDistance(lower, name.toLowerCase(), bestDistance - 1)
    if (distance < bestDistance) {
      best = name
      bestDistance = distance
    }
  }
  return best
}

/** Optimal string alignment distance, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let before = new Array<number>(b.length + 1).fill(0)
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowMin = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, (before[j - 2] ?? 0) + 1)
      }
      current.push(value)
      rowMin = Math.min(rowMin, value)
    }
    if (rowMin > limit) return limit + 1
    before = previous
    previous = current
  }
  return Math.min(previous[b.length] ?? 0, limit + 1)
}
