import {
  isJsonArray,
  isJsonObject,
  JsonNumber,
  type JsonObject,
  type JsonPath,
  type JsonValue,
} from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'

/** The objects in the array at `node[key]`. */
export function children(node: JsonValue | undefined, key: string): JsonObject[] {
  const value = isJsonObject(node) ? node.get(key) : undefined
  return isJsonArray(value) ? value.filter(isJsonObject) : []
}

export interface SessionParts {
  segments: JsonObject[]
  media: JsonObject[]
  streams: JsonObject[]
  networks: JsonObject[]
}

/** Every segment, media, stream and network of a session, in document order, for assertions. */
export function partsOf(body: JsonValue): SessionParts {
  const segments = children(body, 'segments')
  const media = segments.flatMap((segment) => children(segment, 'media'))
  return {
    segments,
    media,
    streams: media.flatMap((item) => children(item, 'streams')),
    networks: media.flatMap((item) =>
      [item.get('callerNetwork'), item.get('calleeNetwork')].filter(isJsonObject),
    ),
  }
}

export function numberIn(node: JsonObject, key: string): number | undefined {
  const value = node.get(key)
  return value instanceof JsonNumber ? value.toNumber() : undefined
}

/** The string at `path`, or undefined when there is none. */
export function textAt(body: JsonValue | undefined, path: JsonPath): string | undefined {
  const value = getIn(body, path)
  return typeof value === 'string' ? value : undefined
}
