import { isJsonArray, isJsonObject, type JsonPath, type JsonValue } from './json-value.ts'

export function getIn(root: JsonValue | undefined, path: JsonPath): JsonValue | undefined {
  let node = root
  for (const segment of path) {
    if (typeof segment === 'number') node = isJsonArray(node) ? node[segment] : undefined
    else node = isJsonObject(node) ? node.get(segment) : undefined
    if (node === undefined) return undefined
  }
  return node
}

/**
 * A copy of `root` with `value` at `path` (undefined removes an object key). Only the containers along the
 * path are copied; an existing key keeps its position, a new key goes last, missing containers are created.
 */
export function setIn(
  root: JsonValue | undefined,
  path: JsonPath,
  value: JsonValue | undefined,
): JsonValue | undefined {
  const [head, ...rest] = path
  if (head === undefined) return value
  if (typeof head === 'number') {
    const items = isJsonArray(root) ? [...root] : []
    const next = setIn(items[head], rest, value)
    if (next === undefined) items.splice(head, 1)
    else {
      while (items.length < head) items.push(null)
      items[head] = next
    }
    return items
  }
  const map = new Map(isJsonObject(root) ? root : [])
  const next = setIn(map.get(head), rest, value)
  if (next === undefined) map.delete(head)
  else map.set(head, next)
  return map
}

export function pathKey(path: JsonPath): string {
  return path.join('.')
}

/** `segments[1].media[0].streams[2].averageJitter`, as people read paths. */
export function formatPath(path: JsonPath): string {
  let out = ''
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`
    else
      out +=
        /^[A-Za-z_@$][\w@.$]*$/.test(segment) && !segment.includes('.')
          ? (out ? '.' : '') + segment
          : `[${JSON.stringify(segment)}]`
  }
  return out || '(body)'
}
