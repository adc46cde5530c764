import { isJsonObject, type JsonPath, type JsonValue } from '#src/lib/json/json-value.ts'
import { judgeObject, pathOf, type At, type Described, type Report, type Rule } from './judge.ts'
import { session } from './types/session.ts'

export interface Issue {
  path: JsonPath
  message: string
  severity: 'error' | 'warning'
  /** Graph's own wording, where the app knows it (unknown property, null, abstract type). */
  graph?: string
}

export interface ValidationOptions {
  /** Stop collecting after this many issues (the count goes on: see `findErrorsBounded`). */
  limit?: number
  /**
   * "Allow properties this app doesn't know": undeclared keys on closed types are then warnings
   * (`findUnknownProperties`), not errors. Graph may add properties before the app knows them.
   */
  allowUnknownProperties?: boolean
}

export interface BoundedErrors {
  /** The first `limit` errors, in document order. */
  errors: Issue[]
  /** How many errors there are in all: an exact count, taken without building the messages past the limit. */
  total: number
}

const NOT_AN_OBJECT = 'The body must be a JSON object (a session)'

/** What Graph would reject. Errors block sending. Never throws, whatever the tree (see `judgeObject`). */
export function findErrors(body: JsonValue, options: ValidationOptions = {}): Issue[] {
  return findErrorsBounded(body, options).errors
}

export function findErrorsBounded(body: JsonValue, options: ValidationOptions = {}): BoundedErrors {
  if (!isJsonObject(body)) {
    return { errors: [{ path: [], message: NOT_AN_OBJECT, severity: 'error' }], total: 1 }
  }
  const allowed = options.allowUnknownProperties === true
  return collect(
    (report) => judgeObject(session, body, undefined, report),
    options.limit,
    (rule) => (allowed ? rule !== 'unknownProperty' : true),
  )
}

/** Undeclared keys on closed types, as warnings: what they are once unknown properties are allowed. */
export function findUnknownProperties(
  body: JsonValue,
  options: Pick<ValidationOptions, 'limit'> = {},
): Issue[] {
  if (!isJsonObject(body)) return []
  return collect(
    (report) => judgeObject(session, body, undefined, report),
    options.limit,
    (rule) => rule === 'unknownProperty',
  ).errors.map(asWarning)
}

/** Runs a walk of `judge.ts` and keeps the first `limit` findings `keep` accepts, counting all of them. */
export function collect(
  walk: (report: Report) => void,
  limit = Infinity,
  keep: (rule: Rule) => boolean = () => true,
): BoundedErrors {
  const errors: Issue[] = []
  let total = 0
  walk((at, rule, describe) => {
    if (!keep(rule)) return
    total += 1
    if (errors.length < limit) errors.push(toIssue(at, describe()))
  })
  return { errors, total }
}

/** A finding of `judge.ts` as an error. */
export function toIssue(at: At | undefined, { message, graph }: Described): Issue {
  const found: Issue = { path: pathOf(at), message, severity: 'error' }
  if (graph !== undefined) found.graph = graph
  return found
}

export function asWarning(found: Issue): Issue {
  return { ...found, severity: 'warning' }
}
