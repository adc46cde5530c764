/**
 * Where each line of `text` starts, without splitting it: a 4 MB preview is ~240k lines, and `split` would
 * allocate a string per line on every update (garbage the next keystroke pays for in a collection).
 */
export interface LineIndex {
  readonly count: number
  line(index: number): string
}

export function lineIndex(text: string): LineIndex {
  let starts = new Uint32Array(1024)
  let count = 1
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) {
    if (count === starts.length) {
      const grown = new Uint32Array(starts.length * 2)
      grown.set(starts)
      starts = grown
    }
    starts[count++] = at + 1
  }
  return {
    count,
    line: (index) => {
      if (index < 0 || index >= count) return ''
      const start = starts[index] ?? 0
      const end = index + 1 < count ? (starts[index + 1] ?? text.length) - 1 : text.length
      return text.slice(start, end)
    },
  }
}
