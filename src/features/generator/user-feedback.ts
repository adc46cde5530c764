import type { LiteralObject } from './literal-tree.ts'
import type { Random } from './random.ts'

const TOKENS = [
  'NoSound',
  'Echo',
  'Noisy',
  'LowVolume',
  'Stopped',
  'DistortedSound',
  'Interruptions',
] as const
// What users tick when the network is at fault; the rest stay false.
const NETWORK_TOKENS = new Set<string>(['Stopped', 'DistortedSound', 'Interruptions'])
const COMPLAINTS = [
  'Kept cutting out.',
  'Audio was robotic for most of the call.',
  'Could not hear the other side for a while.',
  'Call froze twice.',
] as const

/** A rating that matches how the call went, with the tokens a user would pick. */
export function userFeedback(random: Random, quality: number): LiteralObject {
  const rating =
    quality < 0.1
      ? random.pick(['excellent', 'good'] as const)
      : quality < 0.3
        ? random.pick(['good', 'fair'] as const)
        : quality < 0.55
          ? random.pick(['fair', 'poor'] as const)
          : random.pick(['poor', 'bad'] as const)
  const unhappy = rating === 'poor' || rating === 'bad'
  const tokens = Object.fromEntries(
    TOKENS.map((token) => [token, unhappy && NETWORK_TOKENS.has(token) && random.chance(0.7)]),
  )
  return { rating, ...(unhappy ? { text: random.pick(COMPLAINTS) } : {}), tokens }
}
