import { isJsonArray, isJsonObject, type JsonPath, type JsonValue } from '#src/lib/json/json-value.ts'
import { formatPath, pathKey } from '#src/lib/json/path.ts'
import type { DraftContent } from './draft-state.ts'

/** One step of the undo history: what it did, in words, and what consecutive keystrokes share. */
export interface Change {
  /** "edit segments[0].id", "remove segments[1]": read after "Undo " or "Redo ". */
  label: string
  /** Keystrokes into one field share a key and become one step; null for a step that stands alone. */
  key: string | null
}

interface Diff {
  path: JsonPath
  kind: 'value' | 'object' | 'array'
  before?: JsonValue
  after?: JsonValue
}

/** Follows a new key's value down while it holds one key: typing into a new section creates it at once. */
function deepest(value: JsonValue | undefined, path: JsonPath): JsonPath {
  let node = value
  let at = path
  while (isJsonObject(node) && node.size === 1) {
    const [[key, child]] = [...node] as [[string, JsonValue]]
    node = child
    at = [...at, key]
  }
  return at
}

/** Where two trees differ. Unchanged branches are the same objects (the draft shares them), so it is a walk. */
function diff(before: JsonValue | undefined, after: JsonValue | undefined, path: JsonPath): Diff | null {
  if (before === after) return null
  if (isJsonObject(before) && isJsonObject(after)) {
    const keys = new Set([...before.keys(), ...after.keys()])
    const changed = [...keys].filter((key) => before.get(key) !== after.get(key))
    const [only] = changed
    if (changed.length !== 1 || only === undefined) return { path, kind: 'object' }
    if (!before.has(only) || !after.has(only))
      return { path: deepest(after.get(only) ?? before.get(only), [...path, only]), kind: 'value' }
    return diff(before.get(only), after.get(only), [...path, only])
  }
  if (isJsonArray(before) && isJsonArray(after)) {
    if (before.length === after.length) {
      const changed = before.flatMap((item, index) => (item === after[index] ? [] : [index]))
      const [only] = changed
      if (changed.length === 1 && only !== undefined) return diff(before[only], after[only], [...path, only])
    }
    return { path, kind: 'array', before, after }
  }
  return { path, kind: 'value' }
}

function describeArray({ path, before = [], after = [] }: Diff): string {
  if (!isJsonArray(before) || !isJsonArray(after)) return `change ${formatPath(path)}`
  const first = after.findIndex((item, index) => item !== before[index])
  const at = first === -1 ? Math.min(before.length, after.length) : first
  if (after.length > before.length) return `add ${formatPath([...path, at])}`
  if (after.length < before.length) return `remove ${formatPath([...path, at])}`
  return `move ${formatPath([...path, at])}`
}

/** What changed between two states of the draft, or null when nothing the user edits did. */
export function describeChange(before: DraftContent, after: DraftContent): Change | null {
  if (before.body !== after.body) {
    const found = diff(before.body, after.body, [])
    if (found) {
      if (found.kind === 'value')
        return { label: `edit ${formatPath(found.path)}`, key: `body:${pathKey(found.path)}` }
      if (found.kind === 'array') return { label: describeArray(found), key: null }
      return { label: found.path.length ? `change ${formatPath(found.path)}` : 'replace the body', key: null }
    }
  }
  if (before.bodyKind === after.bodyKind && before.bodyText !== after.bodyText)
    return { label: 'edit the BodyParameter JSON', key: 'bodyText' }
  if (before.callRecordId !== after.callRecordId) return { label: 'edit CallRecordId', key: 'callRecordId' }
  if (before.inputObject !== after.inputObject) return { label: 'edit InputObject', key: 'inputObject' }
  if (before.whatIf !== after.whatIf) return { label: 'switch -WhatIf', key: null }
  if (before.confirm !== after.confirm) return { label: 'switch -Confirm', key: null }
  return null
}
