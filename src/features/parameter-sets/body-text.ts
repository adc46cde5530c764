import { isJsonObject, jsonTypeOf, type JsonValue } from '#src/lib/json/json-value.ts'
import { parseJson } from '#src/lib/json/parse.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'

export interface BodyTextProblem {
  message: string
  line?: number
  column?: number
  offset?: number
}

/** The BodyParameter text for a body: two-space indentation, numbers and key order exactly as held. */
export function bodyToText(body: JsonValue): string {
  return stringifyJson(body, 2)
}

export type TextToBody = { ok: true; body: JsonValue } | { ok: false; problem: BodyTextProblem }

/** A BodyParameter must be JSON and a JSON object; anything else keeps the editor in JSON mode. */
export function textToBody(text: string): TextToBody {
  const result = parseJson(text)
  if (!result.ok) {
    const { reason, line, column, offset } = result.error
    return {
      ok: false,
      problem: { message: `${reason} (line ${line}, column ${column})`, line, column, offset },
    }
  }
  if (!isJsonObject(result.value)) {
    const type = jsonTypeOf(result.value)
    const kind = type === 'null' ? 'null' : type === 'array' ? 'an array' : `a ${type}`
    return {
      ok: false,
      problem: {
        message: `BodyParameter must be a JSON object (a session), not ${kind}`,
        line: 1,
        column: 1,
        offset: 0,
      },
    }
  }
  return { ok: true, body: result.value }
}
