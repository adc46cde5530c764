import { isJsonArray, isJsonObject, type JsonPath, type JsonValue } from '#src/lib/json/json-value.ts'
import { getIn, setIn } from '#src/lib/json/path.ts'

export type ArrayOp =
  | { kind: 'add'; item: JsonValue }
  | { kind: 'remove'; index: number }
  | { kind: 'duplicate'; index: number }
  | { kind: 'move'; index: number; to: number }

/** The array after the operation (a missing array counts as empty), and where the touched item now is. */
export function applyArrayOp(
  body: JsonValue,
  arrayPath: JsonPath,
  op: ArrayOp,
): { body: JsonValue; index: number | undefined } {
  const current = getIn(body, arrayPath)
  const items = isJsonArray(current) ? [...current] : []
  let index: number | undefined
  switch (op.kind) {
    case 'add':
      items.push(op.item)
      index = items.length - 1
      break
    case 'remove':
      items.splice(op.index, 1)
      index = items.length ? Math.min(op.index, items.length - 1) : undefined
      break
    case 'duplicate': {
      const item = items[op.index]
      if (item === undefined) return { body, index: undefined }
      items.splice(op.index + 1, 0, item)
      index = op.index + 1
      break
    }
    case 'move': {
      const [item] = items.splice(op.index, 1)
      if (item === undefined || op.to < 0 || op.to > items.length) return { body, index: op.index }
      items.splice(op.to, 0, item)
      index = op.to
      break
    }
  }
  return { body: setIn(body, arrayPath, items) ?? body, index }
}

export function arrayLength(body: JsonValue, arrayPath: JsonPath): number {
  const value = getIn(body, arrayPath)
  return isJsonArray(value) ? value.length : 0
}

/** A new segment starts with the session's window, so it sits inside it from the first keystroke. */
export function newItemFor(body: JsonValue, arrayPath: JsonPath): JsonValue {
  const parent = getIn(body, arrayPath.slice(0, -1))
  if (arrayPath.at(-1) === 'segments' && isJsonObject(parent)) {
    const window = ['startDateTime', 'endDateTime'].flatMap((key): [string, JsonValue][] => {
      const value = parent.get(key)
      return typeof value === 'string' ? [[key, value]] : []
    })
    return new Map(window)
  }
  return new Map()
}
