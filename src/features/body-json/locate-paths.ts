import type { JsonPath } from '#src/lib/json/json-value.ts'
import type { Span } from '#src/lib/json/locate.ts'

/** Where a path's value is written; `exact` is false when only its nearest existing parent was found. */
export interface PathSpan extends Span {
  exact: boolean
}

interface TrieNode {
  children: Map<string | number, TrieNode>
  ends: number[]
}

const QUOTE = 0x22
const BACKSLASH = 0x5c

/**
 * `locatePath` for many paths in one pass over the text (valid JSON assumed): a 4 MB body with hundreds of
 * issues would otherwise be scanned once per issue. Same fallback: a missing key gets its parent's span.
 */
export function locatePaths(text: string, paths: readonly JsonPath[]): PathSpan[] {
  const root: TrieNode = { children: new Map(), ends: [] }
  paths.forEach((path, index) => {
    let node = root
    for (const segment of path) {
      let child = node.children.get(segment)
      if (!child) node.children.set(segment, (child = { children: new Map(), ends: [] }))
      node = child
    }
    node.ends.push(index)
  })
  const spans: PathSpan[] = Array.from(paths, () => ({ from: 0, to: 0, exact: false }))
  let from = text.charCodeAt(0) === 0xfeff ? 1 : 0
  while (isSpace(text.charCodeAt(from))) from++
  new Walker(text, spans).visit(root, from)
  return spans
}

class Walker {
  constructor(
    private readonly text: string,
    private readonly spans: PathSpan[],
  ) {}

  /** Marks the value starting at `from` for every path ending here and descends; returns where it ends. */
  visit(node: TrieNode, from: number): number {
    const open = this.text.charCodeAt(from)
    const found = new Set<string | number>()
    let to: number
    if (node.children.size > 0 && (open === 0x7b || open === 0x5b)) to = this.members(node, from, open, found)
    else to = this.skipValue(from)
    for (const index of node.ends) this.spans[index] = { from, to, exact: true }
    for (const [segment, child] of node.children) {
      if (!found.has(segment)) this.fallback(child, { from, to, exact: false })
    }
    return to
  }

  private members(node: TrieNode, from: number, open: number, found: Set<string | number>): number {
    const isObject = open === 0x7b
    let pos = from + 1
    for (let index = 0; ; index++) {
      pos = this.skipSpace(pos)
      const ch = this.text.charCodeAt(pos)
      if (ch === 0x7d || ch === 0x5d) return pos + 1
      if (Number.isNaN(ch)) return pos
      let segment: string | number = index
      if (isObject) {
        const keyEnd = this.skipString(pos)
        const raw = this.text.slice(pos + 1, keyEnd - 1)
        segment = raw.includes('\\') ? (JSON.parse(this.text.slice(pos, keyEnd)) as string) : raw
        pos = this.skipSpace(keyEnd) + 1 // past ':'
        pos = this.skipSpace(pos)
      }
      const child = node.children.get(segment)
      if (child && !found.has(segment)) {
        found.add(segment)
        pos = this.visit(child, pos)
      } else pos = this.skipValue(pos)
      pos = this.skipSpace(pos)
      if (this.text.charCodeAt(pos) === 0x2c) pos++
    }
  }

  private fallback(node: TrieNode, span: PathSpan): void {
    for (const index of node.ends) this.spans[index] = span
    for (const child of node.children.values()) this.fallback(child, span)
  }

  private skipSpace(pos: number): number {
    while (isSpace(this.text.charCodeAt(pos))) pos++
    return pos
  }

  private skipString(pos: number): number {
    let at = pos + 1
    for (;;) {
      const quote = this.text.indexOf('"', at)
      if (quote === -1) return this.text.length
      let slashes = 0
      while (this.text.charCodeAt(quote - 1 - slashes) === BACKSLASH) slashes++
      if (slashes % 2 === 0) return quote + 1
      at = quote + 1
    }
  }

  private skipValue(pos: number): number {
    const text = this.text
    const ch = text.charCodeAt(pos)
    if (ch === QUOTE) return this.skipString(pos)
    if (ch !== 0x7b && ch !== 0x5b) {
      while (pos < text.length && !isDelimiter(text.charCodeAt(pos))) pos++
      return pos
    }
    let depth = 0
    while (pos < text.length) {
      const code = text.charCodeAt(pos)
      if (code === QUOTE) {
        pos = this.skipString(pos)
        continue
      }
      if (code === 0x7b || code === 0x5b) depth++
      else if (code === 0x7d || code === 0x5d) depth--
      pos++
      if (depth === 0) return pos
    }
    return pos
  }
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09
}

function isDelimiter(code: number): boolean {
  return isSpace(code) || code === 0x2c || code === 0x5d || code === 0x7d
}
