import { sessionJsonSchema } from '#src/features/schema/json-schema.ts'

process.stdout.write(`${JSON.stringify(sessionJsonSchema(), null, 2)}\n`)
