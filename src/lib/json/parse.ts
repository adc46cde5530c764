import { JsonNumber, type JsonValue } from './json-value.ts'

export class JsonSyntaxError extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} at line ${line}, column ${column}`)
    this.name = 'JsonSyntaxError'
  }
}

export type ParseResult = { ok: true; value: JsonValue } | { ok: false; error: JsonSyntaxError }

export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/** Strict RFC 8259 parsing into the lossless tree. Duplicate keys are rejected, as Graph rejects them. */
export function parseJson(text: string): ParseResult {
  try {
    return { ok: true, value: new Parser(text).parseDocument() }
  } catch (error) {
    if (error instanceof ParseFailure) {
      const { line, column } = lineColumnAt(text, error.offset)
      return { ok: false, error: new JsonSyntaxError(error.reason, error.offset, line, column) }
    }
    throw error
  }
}

class ParseFailure extends Error {
  constructor(
    readonly reason: string,
    readonly offset: number,
  ) {
    super(reason)
  }
}

const MAX_DEPTH = 512
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
// Everything up to a quote, a backslash or a control character (U+0000–U+001F), which must be escaped.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const PLAIN_STRING_RUN = /[^"\\\u0000-\u001f]*/y
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
}

class Parser {
  private pos = 0
  private depth = 0
  constructor(private readonly text: string) {}

  parseDocument(): JsonValue {
    if (this.text.charCodeAt(0) === 0xfeff) this.pos = 1
    this.skipSpace()
    if (this.pos >= this.text.length) this.fail('The text is empty; expected a JSON value')
    const value = this.parseValue()
    this.skipSpace()
    if (this.pos < this.text.length) this.fail(`Unexpected ${this.describeHere()} after the JSON value`)
    return value
  }

  private parseValue(): JsonValue {
    const ch = this.text[this.pos]
    switch (ch) {
      case '{':
        return this.parseObject()
      case '[':
        return this.parseArray()
      case '"':
        return this.parseString()
      case 't':
        return this.parseLiteral('true', true)
      case 'f':
        return this.parseLiteral('false', false)
      case 'n':
        return this.parseLiteral('null', null)
      default:
        if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.parseNumber()
        return this.fail(`Unexpected ${this.describeHere()}; expected a JSON value`)
    }
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) this.fail(`Nesting deeper than ${MAX_DEPTH} levels`)
  }

  private parseObject(): JsonValue {
    this.enter()
    const map = new Map<string, JsonValue>()
    this.pos++
    this.skipSpace()
    if (this.text[this.pos] === '}') {
      this.pos++
      this.depth--
      return map
    }
    for (;;) {
      if (this.text[this.pos] !== '"')
        this.fail(`Unexpected ${this.describeHere()}; expected a property name in double quotes`)
      const keyAt = this.pos
      const key = this.parseString()
      if (map.has(key)) this.fail(`Duplicate property name ${JSON.stringify(key)}`, keyAt)
      this.skipSpace()
      if (this.text[this.pos] !== ':')
        this.fail(`Unexpected ${this.describeHere()}; expected ':' after the property name`)
      this.pos++
      this.skipSpace()
      map.set(key, this.parseValue())
      this.skipSpace()
      const next = this.text[this.pos]
      if (next === '}') break
      if (next !== ',') this.fail(`Unexpected ${this.describeHere()}; expected ',' or '}'`)
      this.pos++
      this.skipSpace()
      if (this.text[this.pos] === '}') this.fail('Trailing comma before }')
    }
    this.pos++
    this.depth--
    return map
  }

  private parseArray(): JsonValue {
    this.enter()
    const items: JsonValue[] = []
    this.pos++
    this.skipSpace()
    if (this.text[this.pos] === ']') {
      this.pos++
      this.depth--
      return items
    }
    for (;;) {
      items.push(this.parseValue())
      this.skipSpace()
      const next = this.text[this.pos]
      if (next === ']') break
      if (next !== ',') this.fail(`Unexpected ${this.describeHere()}; expected ',' or ']'`)
      this.pos++
      this.skipSpace()
      if (this.text[this.pos] === ']') this.fail('Trailing comma before ]')
    }
    this.pos++
    this.depth--
    return items
  }

  private parseString(): string {
    const start = this.pos
    this.pos++
    let out = ''
    for (;;) {
      PLAIN_STRING_RUN.lastIndex = this.pos
      PLAIN_STRING_RUN.test(this.text)
      out += this.text.slice(this.pos, PLAIN_STRING_RUN.lastIndex)
      this.pos = PLAIN_STRING_RUN.lastIndex
      const code = this.text.charCodeAt(this.pos)
      if (code === 0x22) {
        this.pos++
        return out
      }
      if (Number.isNaN(code)) this.fail('Unterminated string', start)
      if (code < 0x20) this.fail('Control character in a string; escape it (\\n, \\t, \\u0000…)')
      out += this.parseEscape()
    }
  }

  private parseEscape(): string {
    const at = this.pos
    const kind = this.text[this.pos + 1] ?? ''
    const simple = ESCAPES[kind]
    if (simple !== undefined) {
      this.pos += 2
      return simple
    }
    if (kind === 'u') {
      const hex = this.text.slice(this.pos + 2, this.pos + 6)
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('Invalid \\u escape; expected four hex digits', at)
      this.pos += 6
      return String.fromCharCode(parseInt(hex, 16))
    }
    return this.fail(`Invalid escape \\${kind}`, at)
  }

  private parseNumber(): JsonNumber {
    NUMBER.lastIndex = this.pos
    const match = NUMBER.exec(this.text)
    if (!match) return this.fail('Invalid number')
    const end = NUMBER.lastIndex
    const after = this.text[end]
    if (after !== undefined && /[0-9.eE+-]/.test(after)) {
      this.fail(
        /^-?0\d/.test(this.text.slice(this.pos, end + 1))
          ? 'Leading zeros are not allowed in numbers'
          : 'Invalid number',
        this.pos,
      )
    }
    this.pos = end
    return new JsonNumber(match[0])
  }

  private parseLiteral<T extends JsonValue>(word: string, value: T): T {
    if (!this.text.startsWith(word, this.pos))
      this.fail(`Unexpected ${this.describeHere()}; expected a JSON value`)
    this.pos += word.length
    return value
  }

  private skipSpace(): void {
    for (;;) {
      const code = this.text.charCodeAt(this.pos)
      if (code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09) this.pos++
      else return
    }
  }

  private describeHere(): string {
    if (this.pos >= this.text.length) return 'end of text'
    const word = /^[A-Za-z_$][\w$]*/.exec(this.text.slice(this.pos, this.pos + 24))
    return word ? `'${word[0]}'` : `character ${JSON.stringify(this.text[this.pos])}`
  }

  private fail(reason: string, offset = this.pos): never {
    throw new ParseFailure(reason, offset)
  }
}
