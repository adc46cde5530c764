import type { z } from 'zod'
import { fieldTypeOf, typeRegistry } from '#src/features/schema/field-meta.ts'
import { session } from '#src/features/schema/types/session.ts'
import { concreteType, fieldsOf, type FieldEntry } from '#src/features/schema/walk.ts'
import { isJsonArray, isJsonObject, type JsonObject, type JsonValue } from '#src/lib/json/json-value.ts'
import { isAddressShaped, isEmailShaped, maskAddress, maskAs } from './mask-text.ts'

/** Where an undeclared key sits: identity objects carry ids and names in keys the schema does not declare. */
type Context = 'plain' | 'identity' | 'identitySet'

// identity and its derived types (callRecords.userIdentity, the communications identities…) all end in "Identity".
const isIdentityType = (graphName: string) =>
  graphName.endsWith('.identity') || graphName.endsWith('Identity')
const IDENTITY_SETS = new Set(['microsoft.graph.identitySet', 'microsoft.graph.communicationsIdentitySet'])

// Trees are immutable and share unchanged parts, so a masked subtree is reused until its input changes.
const memo = new Map<z.ZodType | Context, WeakMap<object, JsonValue>>()
const lookups = new WeakMap<z.ZodType, ReadonlyMap<string, FieldEntry>>()

/**
 * The session as presenter mode shows it: identity ids, tenant ids, UPNs, names, IP and MAC addresses masked
 * (declared `sensitive` fields, key-name rules for extra keys, and any address-shaped free text). Strings stay
 * strings and every other value, key and order is untouched, so the masked body validates exactly as the real one.
 */
export function maskSession(body: JsonValue): JsonValue {
  return memoised(session, body, () => maskTyped(session, body))
}

function memoised(key: z.ZodType | Context, value: JsonValue, compute: () => JsonValue): JsonValue {
  if (typeof value !== 'object' || value === null) return compute()
  let cache = memo.get(key)
  if (!cache) memo.set(key, (cache = new WeakMap()))
  const hit = cache.get(value)
  if (hit !== undefined) return hit
  const result = compute()
  cache.set(value, result)
  return result
}

function fieldsByKey(type: z.ZodType): ReadonlyMap<string, FieldEntry> {
  let fields = lookups.get(type)
  if (!fields) lookups.set(type, (fields = new Map(fieldsOf(type).map((entry) => [entry.key, entry]))))
  return fields
}

function maskTyped(type: z.ZodType, value: JsonValue): JsonValue {
  if (!isJsonObject(value)) return value
  const concrete = concreteType(type, value)
  const graphName = typeRegistry.get(concrete)?.graphName ?? ''
  const context: Context = isIdentityType(graphName)
    ? 'identity'
    : IDENTITY_SETS.has(graphName)
      ? 'identitySet'
      : 'plain'
  const fields = fieldsByKey(concrete)
  return mapEntries(value, (key, child) => {
    const entry = fields.get(key)
    if (!entry) return maskLoose(key, child, context)
    const childType = fieldTypeOf(entry.schema)
    if (childType && isJsonArray(child)) {
      return mapArray(child, (item) => memoised(childType, item, () => maskTyped(childType, item)))
    }
    if (childType) return memoised(childType, child, () => maskTyped(childType, child))
    if (typeof child !== 'string') return child
    if (entry.meta.sensitive) return maskAs(entry.meta.sensitive, child)
    return entry.meta.widget === 'string' && isAddressShaped(child) ? maskAddress(child) : child
  })
}

function maskLoose(key: string, value: JsonValue, context: Context): JsonValue {
  if (key.startsWith('@odata.')) return value
  if (typeof value === 'string') return maskLooseText(key, value, context)
  if (isJsonArray(value)) return mapArray(value, (item) => maskLoose(key, item, context))
  if (!isJsonObject(value)) return value
  const inner: Context = context === 'identitySet' || looksLikeIdentity(value) ? 'identity' : 'plain'
  return memoised(inner, value, () =>
    mapEntries(value, (childKey, child) => maskLoose(childKey, child, inner)),
  )
}

function maskLooseText(key: string, text: string, context: Context): string {
  if (key === 'tenantId') return maskAs('id', text)
  if (key === 'userPrincipalName') return maskAs('upn', text)
  if (context === 'identity' && key === 'id') return maskAs('id', text)
  if (context === 'identity' && key === 'displayName') return maskAs('name', text)
  if (isAddressShaped(text)) return maskAddress(text)
  return isEmailShaped(text) ? maskAs('upn', text) : text
}

function looksLikeIdentity(value: JsonObject): boolean {
  return (
    value.has('tenantId') || value.has('userPrincipalName') || (value.has('id') && value.has('displayName'))
  )
}

function mapEntries(value: JsonObject, map: (key: string, child: JsonValue) => JsonValue): JsonObject {
  let changed = false
  const out = new Map<string, JsonValue>()
  for (const [key, child] of value) {
    const next = map(key, child)
    if (next !== child) changed = true
    out.set(key, next)
  }
  return changed ? out : value
}

function mapArray(items: readonly JsonValue[], map: (item: JsonValue) => JsonValue): readonly JsonValue[] {
  const out = items.map(map)
  return out.some((item, index) => item !== items[index]) ? out : items
}
