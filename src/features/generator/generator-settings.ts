import { z } from 'zod'
import type { GeneratorModality } from './generate-session.ts'
import { newSeed } from './new-seed.ts'

export const SHAPE_LIMITS = {
  segments: { min: 1, max: 40 },
  mediaPerSegment: { min: 0, max: 6 },
  streamsPerMedia: { min: 0, max: 8 },
} as const

export const MODALITY_CHOICES: readonly { value: GeneratorModality; label: string }[] = [
  { value: 'audio', label: 'Audio' },
  { value: 'video', label: 'Video' },
  { value: 'screenSharing', label: 'Screen sharing' },
  { value: 'videoBasedScreenSharing', label: 'Video-based screen sharing' },
  { value: 'data', label: 'Data' },
]

const count = ({ min, max }: { min: number; max: number }) => z.number().int().min(min).max(max)

export const NO_MODALITY = 'Pick at least one modality.'

/** The modalities the media take in turn (at least one, where sessions are generated). */
export const modalityList = z.array(
  z.enum(['audio', 'video', 'screenSharing', 'videoBasedScreenSharing', 'data']),
)

/** Segments × media × streams, and the modalities the media take in turn. */
export const generatorShape = z.object({
  segments: count(SHAPE_LIMITS.segments),
  mediaPerSegment: count(SHAPE_LIMITS.mediaPerSegment),
  streamsPerMedia: count(SHAPE_LIMITS.streamsPerMedia),
  modalities: modalityList.min(1, NO_MODALITY),
})

/** The seed is what makes a session repeatable; it is sent trimmed. */
export const seed = z.string().trim().min(1, 'A seed is needed.')

export const generatorSettings = generatorShape.extend({ seed })

export type GeneratorShape = z.output<typeof generatorShape>
export type GeneratorSettings = z.output<typeof generatorSettings>

export function defaultGeneratorSettings(): GeneratorSettings {
  return {
    seed: newSeed(),
    segments: 1,
    mediaPerSegment: 2,
    streamsPerMedia: 2,
    modalities: ['audio', 'video'],
  }
}
