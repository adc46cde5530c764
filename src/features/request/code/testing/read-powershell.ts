import { isJsonArray, JsonNumber, type JsonValue } from '#src/lib/json/json-value.ts'

// A reader for the subset of PowerShell the snippets write (hashtables, arrays, strings, $true/$false/$null,
// numbers, comments), following PowerShell's own rules, so tests can check that a snippet means the body.
const SINGLE = "'\u2018\u2019\u201a\u201b"
const DOUBLE = '"\u201c\u201d\u201e'
const ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\u0007',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
}

export class PsReader {
  pos = 0
  constructor(readonly text: string) {}

  fail(message: string): never {
    throw new Error(`${message} at ${this.pos}: ${JSON.stringify(this.text.slice(this.pos, this.pos + 30))}`)
  }

  skip(newlines: boolean): void {
    for (;;) {
      const ch = this.text[this.pos]
      if (ch === ' ' || ch === '\t' || (newlines && ch === '\n')) this.pos++
      else if (ch === '#') while (this.pos < this.text.length && this.text[this.pos] !== '\n') this.pos++
      else return
    }
  }

  eat(token: string): boolean {
    if (!this.text.startsWith(token, this.pos)) return false
    this.pos += token.length
    return true
  }

  value(): JsonValue {
    this.skip(true)
    if (this.eat('@{')) return this.hashtable()
    if (this.eat('@(')) return this.array()
    if (this.eat('$true')) return true
    if (this.eat('$false')) return false
    if (this.eat('$null')) return null
    const ch = this.text[this.pos] ?? ''
    if (SINGLE.includes(ch)) return this.single()
    if (DOUBLE.includes(ch)) return this.double()
    const number = /^-?\d+(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.pos, this.pos + 400))
    if (!number) this.fail('Expected a value')
    this.pos += number[0].length
    return new JsonNumber(number[0])
  }

  private hashtable(): JsonValue {
    const map = new Map<string, JsonValue>()
    for (;;) {
      this.skip(true)
      if (this.eat('}')) return map
      const ch = this.text[this.pos] ?? ''
      let key: string
      if (SINGLE.includes(ch)) key = this.single()
      else if (DOUBLE.includes(ch)) key = this.double()
      else {
        const bare = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.text.slice(this.pos, this.pos + 200))
        if (!bare) this.fail('Expected a key')
        key = bare[0]
        this.pos += key.length
      }
      this.skip(false)
      if (!this.eat('=')) this.fail("Expected '='")
      if (map.has(key)) this.fail(`Duplicate key ${key}`)
      map.set(key, this.value())
      this.skip(false)
      if (this.text[this.pos] !== '\n' && this.text[this.pos] !== ';' && this.text[this.pos] !== '}')
        this.fail('Expected the end of the entry')
      this.eat(';')
    }
  }

  // `@(a, b)` holds a and b; `@(x)` enumerates x, so a lone array is flattened unless written `,x`.
  private array(): JsonValue {
    this.skip(true)
    if (this.eat(')')) return []
    const items: { value: JsonValue; wrapped: boolean }[] = []
    for (;;) {
      this.skip(true)
      const wrapped = this.eat(',')
      items.push({ value: this.value(), wrapped })
      this.skip(false)
      if (this.eat(',')) continue
      this.skip(true)
      if (!this.eat(')')) this.fail("Expected ',' or ')'")
      break
    }
    const [first] = items
    if (items.length === 1 && first && !first.wrapped && isJsonArray(first.value)) return first.value
    return items.map((item) => item.value)
  }

  single(): string {
    this.pos++
    let out = ''
    for (;;) {
      if (this.pos >= this.text.length) this.fail('Unterminated single-quoted string')
      const ch = this.text.charAt(this.pos++)
      if (SINGLE.includes(ch)) {
        const next = this.text.charAt(this.pos)
        if (next === '' || !SINGLE.includes(next)) return out
        out += next
        this.pos++
      } else out += ch
    }
  }

  double(): string {
    this.pos++
    let out = ''
    for (;;) {
      if (this.pos >= this.text.length) this.fail('Unterminated double-quoted string')
      const ch = this.text.charAt(this.pos++)
      if (ch === '`') {
        const next = this.text.charAt(this.pos++)
        out += ESCAPES[next] ?? next
      } else if (ch === '$') {
        const char = /^\(\[char\]0x([0-9A-F]{4})\)/.exec(this.text.slice(this.pos, this.pos + 20))
        if (!char?.[1]) this.fail('Unescaped $ would expand')
        out += String.fromCharCode(parseInt(char[1], 16))
        this.pos += char[0].length
      } else if (DOUBLE.includes(ch)) return out
      else if (ch === '\n' || ch === '\r') this.fail('Raw line break in a string')
      else out += ch
    }
  }
}

/** Reads the value assigned by `$name = …` in a snippet. */
export function readAssignment(script: string, name: string): JsonValue {
  const at = script.indexOf(`$${name} = `)
  if (at === -1) throw new Error(`No $${name} in the snippet`)
  const reader = new PsReader(script)
  reader.pos = at + name.length + 4
  return reader.value()
}

/**
 * Tokenizer-level check of a whole snippet: every string closes, brackets balance, `$` appears only as a
 * variable or an automatic value, and a continuation backtick ends its line.
 */
export function checkStructure(script: string): void {
  const reader = new PsReader(script)
  const stack: string[] = []
  while (reader.pos < script.length) {
    const ch = script.charAt(reader.pos)
    if (SINGLE.includes(ch)) reader.single()
    else if (DOUBLE.includes(ch)) reader.double()
    else if (ch === '#') reader.skip(false)
    else if (ch === '`') {
      if (script[reader.pos + 1] !== '\n') reader.fail('A backtick in code must end the line')
      reader.pos++
    } else if (ch === '$') {
      if (!/^\$(true|false|null|[a-z][A-Za-z]*)\b/.test(script.slice(reader.pos, reader.pos + 40)))
        reader.fail('Stray $')
      reader.pos++
    } else {
      if (ch === '{' || ch === '(') stack.push(ch)
      else if (ch === '}' || ch === ')') {
        if (stack.pop() !== (ch === '}' ? '{' : '(')) reader.fail('Unbalanced bracket')
      }
      reader.pos++
    }
  }
  if (stack.length) throw new Error(`Unclosed ${stack.join('')}`)
}
