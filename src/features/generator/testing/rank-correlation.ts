/** Spearman's rank correlation: monotone association, robust to the skew of loss rates. */
export function rankCorrelation(xs: number[], ys: number[]): number {
  const ranks = (values: number[]) => {
    const order = values.map((value, index) => [value, index] as const).sort((a, b) => a[0] - b[0])
    const result = new Array<number>(values.length)
    order.forEach(([, index], rank) => (result[index] = rank))
    return result
  }
  const rx = ranks(xs)
  const ry = ranks(ys)
  const mean = (xs.length - 1) / 2
  let num = 0
  let dx = 0
  let dy = 0
  rx.forEach((r, i) => {
    const a = r - mean
    const b = (ry[i] ?? 0) - mean
    num += a * b
    dx += a * a
    dy += b * b
  })
  return num / Math.sqrt(dx * dy)
}
