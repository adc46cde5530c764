import { fieldTypeOf } from '#src/features/schema/field-meta.ts'
import { segment } from '#src/features/schema/types/segment.ts'
import { session } from '#src/features/schema/types/session.ts'
import { concreteType, fieldsOf, type FieldEntry } from '#src/features/schema/walk.ts'
import { isJsonArray, isJsonObject, type JsonValue } from '#src/lib/json/json-value.ts'
import { guid, streamId } from './ids.ts'
import { perturb } from './perturb.ts'
import { createRandom, type Random } from './random.ts'
import { shiftDateTime } from './shift-date-time.ts'

type GraphType = Parameters<typeof fieldsOf>[0]

export interface VaryOptions {
  seed: string | number
  /** Which variation: 0, 1, 2… Each index is its own reproducible session, later in time than the one before. */
  index: number
}

/**
 * The index-th variation of a session, for bulk sending: new session, segment and stream ids, every
 * date-time moved by the same amount, metrics a little better or worse. Keys, order and unknown properties
 * stay as they were, so a base without errors or warnings gives a variation without them.
 */
export function varySession(base: JsonValue, options: VaryOptions): JsonValue {
  if (!Number.isSafeInteger(options.index) || options.index < 0) {
    throw new RangeError('index must be a whole number ≥ 0')
  }
  const seconds = options.index * 900 + createRandom(`${options.seed}:shift`).int(60, 840)
  // Backwards when forwards would leave year 9999; not at all when neither fits.
  for (const shift of [seconds, -seconds, 0]) {
    const random = createRandom(`${options.seed}:${options.index}`)
    const pass: Pass = { random, shift, level: random.between(0.75, 1.35), failed: false }
    const varied = visit(session, base, pass)
    if (!pass.failed) return varied
  }
  return base
}

interface Pass {
  random: Random
  shift: number
  /** How this variation's network compares with the base's: one draw per session, a little noise per object. */
  level: number
  failed: boolean
}

const lookups = new WeakMap<GraphType, ReadonlyMap<string, FieldEntry>>()
function lookup(type: GraphType): ReadonlyMap<string, FieldEntry> {
  let fields = lookups.get(type)
  if (!fields) {
    fields = new Map(fieldsOf(type).map((entry) => [entry.key, entry]))
    lookups.set(type, fields)
  }
  return fields
}

function visit(type: GraphType, value: JsonValue, pass: Pass): JsonValue {
  if (!isJsonObject(value)) return value
  const concrete = concreteType(type, value)
  const fields = lookup(concrete)
  const entity = type === session || type === segment
  const factor = pass.level * pass.random.between(0.9, 1.1)
  const out = new Map<string, JsonValue>()
  for (const [key, child] of value) {
    const entry = fields.get(key)
    const childType = entry && fieldTypeOf(entry.schema)
    if (!entry) out.set(key, child)
    else if (childType && entry.meta.widget === 'array' && isJsonArray(child)) {
      out.set(
        key,
        child.map((item) => visit(childType, item, pass)),
      )
    } else if (childType) out.set(key, visit(childType, child, pass))
    else out.set(key, leaf(entry, child, pass, factor, entity))
  }
  return out
}

function leaf(entry: FieldEntry, value: JsonValue, pass: Pass, factor: number, entity: boolean): JsonValue {
  if (typeof value === 'string') {
    if (entry.key === 'id' && entity) return guid(pass.random)
    if (entry.key === 'streamId') return streamId(pass.random)
    if (entry.meta.widget === 'dateTime') {
      const shifted = shiftDateTime(value, pass.shift)
      if (shifted === undefined && shiftDateTime(value, 0) !== undefined) pass.failed = true
      return shifted ?? value
    }
  }
  return perturb(entry.meta, value, factor)
}
