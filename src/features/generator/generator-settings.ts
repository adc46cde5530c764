import type { GeneratorModality } from './generate-session.ts'
import { newSeed } from './new-seed.ts'

export interface GeneratorShape {
  segments: number
  mediaPerSegment: number
  streamsPerMedia: number
  modalities: readonly GeneratorModality[]
}

export interface GeneratorSettings extends GeneratorShape {
  seed: string
}

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

export function defaultGeneratorSettings(): GeneratorSettings {
  return {
    seed: newSeed(),
    segments: 1,
    mediaPerSegment: 2,
    streamsPerMedia: 2,
    modalities: ['audio', 'video'],
  }
}
