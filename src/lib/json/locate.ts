import type { JsonPath } from './json-value.ts'

export interface Span {
  from: number
  to: number
}

/**
 * Where the value at `path` is written in `text` (valid JSON assumed), for marking schema errors in the
 * JSON editor. When a key is missing, the span of its nearest existing parent is returned.
 */
export function locatePath(text: string, path: JsonPath): Span | undefined {
  const scanner = new Scanner(text)
  scanner.skipSpace()
  let span: Span = { from: scanner.pos, to: scanner.skipValue() }
  scanner.pos = span.from
  for (const segment of path) {
    const child = typeof segment === 'number' ? scanner.findItem(segment) : scanner.findKey(segment)
    if (!child) return span
    span = child
    scanner.pos = child.from
  }
  return span
}

class Scanner {
  pos = 0
  constructor(private readonly text: string) {}

  skipSpace(): void {
    while (/\s/.test(this.text[this.pos] ?? '')) this.pos++
  }

  findKey(key: string): Span | undefined {
    if (this.text[this.pos] !== '{') return undefined
    this.pos++
    for (;;) {
      this.skipSpace()
      if (this.text[this.pos] !== '"') return undefined
      const keyStart = this.pos
      const keyEnd = this.skipString()
      const name = JSON.parse(this.text.slice(keyStart, keyEnd)) as string
      this.skipSpace()
      this.pos++ // ':'
      this.skipSpace()
      const from = this.pos
      const to = this.skipValue()
      if (name === key) return { from, to }
      this.skipSpace()
      if (this.text[this.pos] !== ',') return undefined
      this.pos++
    }
  }

  findItem(index: number): Span | undefined {
    if (this.text[this.pos] !== '[') return undefined
    this.pos++
    for (let i = 0; ; i++) {
      this.skipSpace()
      if (this.text[this.pos] === ']') return undefined
      const from = this.pos
      const to = this.skipValue()
      if (i === index) return { from, to }
      this.skipSpace()
      if (this.text[this.pos] !== ',') return undefined
      this.pos++
    }
  }

  skipValue(): number {
    const ch = this.text[this.pos]
    if (ch === '"') return this.skipString()
    if (ch === '{' || ch === '[') return this.skipContainer()
    while (this.pos < this.text.length && !/[\s,\]}]/.test(this.text[this.pos] ?? '')) this.pos++
    return this.pos
  }

  private skipString(): number {
    this.pos++
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos]
      if (ch === '\\') this.pos += 2
      else if (ch === '"') return ++this.pos
      else this.pos++
    }
    return this.pos
  }

  private skipContainer(): number {
    let depth = 0
    while (this.pos < this.text.length) {
      const ch = this.text[this.pos]
      if (ch === '"') {
        this.skipString()
        continue
      }
      if (ch === '{' || ch === '[') depth++
      else if (ch === '}' || ch === ']') depth--
      this.pos++
      if (depth === 0) return this.pos
    }
    return this.pos
  }
}
