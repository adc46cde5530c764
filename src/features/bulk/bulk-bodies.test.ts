import { describe, expect, it } from 'vitest'
import { generateSession } from '#src/features/generator/generate-session.ts'
import { findErrors } from '#src/features/schema/validate.ts'
import { jsonEqual } from '#src/lib/json/equal.ts'
import { getIn } from '#src/lib/json/path.ts'
import { bulkBodies } from './bulk-bodies.ts'
import { defaultBulkSettings } from './bulk-settings.ts'

const settings = {
  ...defaultBulkSettings(),
  seed: 'run-1',
  segments: 2,
  mediaPerSegment: 1,
  streamsPerMedia: 2,
}

describe('bulkBodies', () => {
  it('generates a different valid session per index, the same again for the same seed', () => {
    const bodies = bulkBodies(settings, new Map())
    const again = bulkBodies(settings, new Map())
    const ids = new Set([0, 1, 2, 3].map((i) => getIn(bodies(i), ['id'])))
    expect(ids.size).toBe(4)
    expect(jsonEqual(bodies(3), again(3))).toBe(true)
    expect(findErrors(bodies(0))).toEqual([])
  })

  it('varies the current body: new ids, same shape', () => {
    const base = generateSession({ seed: 'base', segments: 1, mediaPerSegment: 1, streamsPerMedia: 1 })
    const bodies = bulkBodies({ ...settings, source: 'variations' }, base)
    expect(getIn(bodies(0), ['id'])).not.toBe(getIn(base, ['id']))
    expect(getIn(bodies(0), ['id'])).not.toBe(getIn(bodies(1), ['id']))
    expect(findErrors(bodies(1))).toEqual([])
  })
})
