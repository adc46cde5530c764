import { z } from 'zod'
import {
  defaultGeneratorSettings,
  generatorSettings,
  modalityList,
  NO_MODALITY,
} from '#src/features/generator/generator-settings.ts'
import { MAX_CONCURRENCY } from './bulk-runner.ts'

export const COUNT_LIMITS = { min: 1, max: 200 } as const

/** The Bulk send form: how many, from what (generated sessions, or variations of the body), how fast. */
export const bulkSettings = generatorSettings
  .extend({
    modalities: modalityList,
    count: z.number().int().min(COUNT_LIMITS.min).max(COUNT_LIMITS.max),
    source: z.enum(['generated', 'variations']),
    concurrency: z.number().int().min(1).max(MAX_CONCURRENCY),
  })
  .superRefine((settings, context) => {
    // Variations keep the body's own media, so only generated sessions need a modality.
    if (settings.source === 'generated' && settings.modalities.length === 0)
      context.addIssue({ code: 'custom', path: ['modalities'], message: NO_MODALITY })
  })

export type BulkSettings = z.output<typeof bulkSettings>
export type BulkSource = BulkSettings['source']

export function defaultBulkSettings(): BulkSettings {
  return { ...defaultGeneratorSettings(), count: 20, source: 'generated', concurrency: 2 }
}
