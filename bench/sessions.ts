import { generateSession } from '#src/features/generator/generate-session.ts'
import { sessionJsonSchema } from '#src/features/schema/json-schema.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'

export interface Shape {
  segments: number
  mediaPerSegment: number
  streamsPerMedia: number
}

export interface BenchSession {
  name: string
  shape: Shape
  /** The BodyParameter text: two-space JSON, as the app itself formats it. */
  text: string
  /** UTF-8 bytes of the compact body the app would send (what the preview reports). */
  bytes: number
}

export const SIZES = {
  S: { segments: 1, mediaPerSegment: 1, streamsPerMedia: 2 },
  M: { segments: 10, mediaPerSegment: 2, streamsPerMedia: 4 },
  L: { segments: 40, mediaPerSegment: 3, streamsPerMedia: 8 },
} as const satisfies Record<string, Shape>

export type SizeName = keyof typeof SIZES

/** Graph's write limit, which the sandbox enforces too. */
const LIMIT = 4 * 1024 * 1024
const SEED = 'session-composer-bench'

export function benchSession(name: string, shape: Shape): BenchSession {
  const tree = generateSession({ seed: SEED, ...shape })
  return {
    name,
    shape,
    text: stringifyJson(tree, 2),
    bytes: Buffer.byteLength(stringifyJson(tree), 'utf8'),
  }
}

/**
 * The largest generated session (segments of 3 media × 8 streams) whose body still fits Graph's 4 MB
 * limit: the heaviest BodyParameter the app must take.
 */
export function limitSession(): BenchSession {
  const per = benchSession('probe', { segments: 10, mediaPerSegment: 3, streamsPerMedia: 8 }).bytes / 10
  let segments = Math.floor(LIMIT / per)
  let session = benchSession('4 MB', { segments, mediaPerSegment: 3, streamsPerMedia: 8 })
  while (session.bytes > LIMIT) {
    segments -= 1
    session = benchSession('4 MB', { segments, mediaPerSegment: 3, streamsPerMedia: 8 })
  }
  return session
}

/** What `npm run schema` prints: the JSON Schema react-jsonschema-form is given. */
export function schemaText(): string {
  return `${JSON.stringify(sessionJsonSchema(), null, 2)}\n`
}
