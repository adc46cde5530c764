import { z } from 'zod'
import { DATE_TIME_PATTERN } from './date-time.ts'
import { DURATION_PATTERN } from './duration.ts'
import { allTypes, fieldRegistry, primitiveRegistry, typeRegistry, variantsOf } from './field-meta.ts'
import { session } from './types/session.ts'

const FORMATS: Record<string, Record<string, unknown>> = {
  dateTime: { type: 'string', format: 'date-time', pattern: DATE_TIME_PATTERN.source },
  duration: { type: 'string', format: 'duration', pattern: DURATION_PATTERN.source },
  single: { format: 'float' },
  int32: { format: 'int32' },
  // Int64 bounds do not fit a JavaScript number, so they are left to the format, as Graph's OpenAPI does.
  int64: { type: 'integer', format: 'int64' },
}

/** The request body of the cmdlet as JSON Schema draft 2020-12, generated from the zod models. */
export function sessionJsonSchema(): Record<string, unknown> {
  const ids = z.registry<{ id: string }>()
  const families = new Set(
    allTypes().flatMap((type) => (variantsOf(type) ? [typeRegistry.get(type)?.graphName] : [])),
  )
  for (const type of allTypes()) {
    const meta = typeRegistry.get(type)
    if (!meta || type === session) continue
    // A polymorphic family and its base type share a Graph name; the family, which fields refer to, gets it.
    const isBase = families.has(meta.graphName) && !variantsOf(type)
    ids.add(type, { id: isBase ? `${meta.graphName}.base` : meta.graphName })
  }
  const schema = z.toJSONSchema(session, {
    target: 'draft-2020-12',
    unrepresentable: 'any',
    metadata: ids,
    override: ({ zodSchema, jsonSchema }) => {
      const target = jsonSchema as Record<string, unknown>
      const asType = zodSchema as unknown as z.ZodType
      const primitive = primitiveRegistry.get(asType)
      if (primitive) {
        const format = FORMATS[primitive.widget]
        if (format) {
          delete target.pattern
          Object.assign(target, format)
        }
      }
      const type = typeRegistry.get(asType)
      if (type) target.title = type.graphName
      const field = fieldRegistry.get(asType)
      if (field) {
        target.description = field.help
        target['x-powershell-name'] = field.ps
        if (field.unit) target['x-unit'] = field.unit
      }
    },
  })
  return { $id: 'https://session-composer.local/schemas/callRecords.session.json', ...schema }
}
