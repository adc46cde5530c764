import { generateSession } from '#src/features/generator/generate-session.ts'
import { varySession } from '#src/features/generator/vary-session.ts'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import type { BulkSettings } from './bulk-settings.ts'

/**
 * The body of the index-th send, made when it is sent (twenty 10×2×4 sessions are never all in memory).
 * Seed and index reproduce it: generated ones use the seed `${seed}-${index + 1}`.
 */
export function bulkBodies(settings: BulkSettings, base: JsonValue): (index: number) => JsonValue {
  const seed = settings.seed
  if (settings.source === 'variations') return (index) => varySession(base, { seed, index })
  const { segments, mediaPerSegment, streamsPerMedia, modalities } = settings
  return (index) =>
    generateSession({ seed: `${seed}-${index + 1}`, segments, mediaPerSegment, streamsPerMedia, modalities })
}
