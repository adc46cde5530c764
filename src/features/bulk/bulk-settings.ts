import {
  defaultGeneratorSettings,
  type GeneratorSettings,
} from '#src/features/generator/generator-settings.ts'

export type BulkSource = 'generated' | 'variations'

export interface BulkSettings extends GeneratorSettings {
  count: number
  source: BulkSource
  concurrency: number
}

export const COUNT_LIMITS = { min: 1, max: 200 } as const

export function defaultBulkSettings(): BulkSettings {
  return { ...defaultGeneratorSettings(), count: 20, source: 'generated', concurrency: 2 }
}
