/**
 * The lossless JSON tree every part of the app edits and sends.
 * Objects are Maps so that key order survives exactly (plain objects move integer-like keys first)
 * and keys such as "__proto__" are ordinary data. Numbers keep the text they were written with.
 */
export class JsonNumber {
  constructor(readonly raw: string) {}

  /** Exact for every safe integer and every decimal that JavaScript can hold; see `isExactInJs`. */
  toNumber(): number {
    return Number(this.raw)
  }

  isIntegerLiteral(): boolean {
    return INTEGER_LITERAL.test(this.raw)
  }

  /** False when converting to a JavaScript number would round an integer (beyond ±(2^53−1)). */
  isExactInJs(): boolean {
    return !this.isIntegerLiteral() || Number.isSafeInteger(this.toNumber())
  }

  toJSON(): number {
    return this.toNumber()
  }

  toString(): string {
    return this.raw
  }

  static from(value: number): JsonNumber {
    if (!Number.isFinite(value)) throw new RangeError(`JSON has no literal for ${value}`)
    return new JsonNumber(Object.is(value, -0) ? '-0' : String(value))
  }

  /** The text as a JSON number, or undefined when it is not valid JSON number syntax. */
  static parse(text: string): JsonNumber | undefined {
    return NUMBER_LITERAL.test(text) ? new JsonNumber(text) : undefined
  }
}

const INTEGER_LITERAL = /^-?(0|[1-9]\d*)$/
export const NUMBER_LITERAL = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/

export type JsonObject = ReadonlyMap<string, JsonValue>
export type JsonArray = readonly JsonValue[]
export type JsonValue = null | boolean | string | JsonNumber | JsonArray | JsonObject
export type JsonPath = readonly (string | number)[]

export function isJsonObject(value: JsonValue | undefined): value is JsonObject {
  return value instanceof Map
}

export function isJsonArray(value: JsonValue | undefined): value is JsonArray {
  return Array.isArray(value)
}

export function jsonTypeOf(value: JsonValue): 'null' | 'boolean' | 'string' | 'number' | 'array' | 'object' {
  if (value === null) return 'null'
  if (value instanceof JsonNumber) return 'number'
  if (value instanceof Map) return 'object'
  if (Array.isArray(value)) return 'array'
  return typeof value === 'boolean' ? 'boolean' : 'string'
}
