import type { EntityType } from './call-records-model.ts'

/** What `$select` and `$expand` ask of one entity: chosen properties (all when absent) and expansions. */
export interface Shape {
  type: EntityType
  select: readonly string[] | undefined
  expand: ReadonlyMap<string, Shape>
}

export type ShapeResult = { ok: true; shape: Shape } | { ok: false; message: string }

const PREFIX = 'Parsing OData Select and Expand failed: '

/**
 * `$select=a,b` and `$expand=nav($select=…;$expand=nav2(…)),nav3` as OData writes them (Graph's docs use
 * `sessions($expand=segments)`), checked against the declared properties with Graph's wording.
 */
export function parseShape(type: EntityType, select?: string, expand?: string): ShapeResult {
  try {
    return { ok: true, shape: shapeOf(type, select, expand) }
  } catch (error) {
    if (error instanceof ShapeError) return { ok: false, message: PREFIX + error.message }
    throw error
  }
}

class ShapeError extends Error {}

function shapeOf(type: EntityType, select: string | undefined, expand: string | undefined): Shape {
  return {
    type,
    select: select === undefined ? undefined : selectOf(type, select),
    expand: expand === undefined ? new Map() : expandOf(type, expand),
  }
}

function selectOf(type: EntityType, text: string): string[] | undefined {
  const names = splitTop(text, ',').map((name) => name.trim())
  if (names.includes('*')) return undefined
  for (const name of names) {
    if (name === '') throw new ShapeError(`Empty item in $select '${text}'.`)
    if (!type.properties.includes(name) && !(name in type.navigations)) throw notFound(name, type)
  }
  return names
}

function expandOf(type: EntityType, text: string): Map<string, Shape> {
  const expanded = new Map<string, Shape>()
  for (const item of splitTop(text, ',')) {
    const trimmed = item.trim()
    const open = trimmed.indexOf('(')
    const name = (open === -1 ? trimmed : trimmed.slice(0, open)).trim()
    if (name === '') throw new ShapeError(`Empty item in $expand '${text}'.`)
    if (name === '*') throw new ShapeError("The sandbox does not expand '*'; name the navigation properties.")
    const target = type.navigations[name]
    if (!target) {
      if (type.properties.includes(name)) {
        throw new ShapeError(
          `Property '${name}' on type '${type.name}' is not a navigation property or complex property. Only navigation properties can be expanded.`,
        )
      }
      throw notFound(name, type)
    }
    if (open !== -1 && !trimmed.endsWith(')')) throw new ShapeError(`Found an unbalanced bracket expression.`)
    const inner = open === -1 ? '' : trimmed.slice(open + 1, -1)
    let select: string | undefined
    let nested: string | undefined
    for (const option of inner.trim() === '' ? [] : splitTop(inner, ';')) {
      const at = option.indexOf('=')
      const key = option.slice(0, at === -1 ? undefined : at).trim()
      const value = at === -1 ? '' : option.slice(at + 1)
      if (key.toLowerCase() === '$select') select = value
      else if (key.toLowerCase() === '$expand') nested = value
      else {
        throw new ShapeError(
          `The query option '${key}' inside $expand of '${name}' is not supported; use $select and $expand.`,
        )
      }
    }
    if (expanded.has(name)) throw new ShapeError(`The navigation property '${name}' is expanded twice.`)
    expanded.set(name, shapeOf(target, select, nested))
  }
  return expanded
}

function notFound(name: string, type: EntityType): ShapeError {
  return new ShapeError(`Could not find a property named '${name}' on type '${type.name}'.`)
}

/** Splits on a separator outside parentheses; unbalanced parentheses are an error. */
function splitTop(text: string, separator: ',' | ';'): string[] {
  const parts: string[] = []
  let depth = 0
  let from = 0
  for (let i = 0; i < text.length; i++) {
    const char = text[i]
    if (char === '(') depth++
    else if (char === ')') {
      depth--
      if (depth < 0) throw new ShapeError('Found an unbalanced bracket expression.')
    } else if (char === separator && depth === 0) {
      parts.push(text.slice(from, i))
      from = i + 1
    }
  }
  if (depth !== 0) throw new ShapeError('Found an unbalanced bracket expression.')
  parts.push(text.slice(from))
  return parts
}

/** The `(…)` part of `@odata.context`: `callRecords(id,version,sessions(segments()))`. */
export function contextSelection(shape: Shape): string {
  const items = [...(shape.select?.filter((name) => !shape.expand.has(name)) ?? [])]
  for (const [name, inner] of shape.expand) items.push(`${name}(${contextSelection(inner)})`)
  return items.join(',')
}
