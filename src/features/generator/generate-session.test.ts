import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { durationToSeconds } from '#src/features/schema/duration.ts'
import { jsonEqual } from '#src/lib/json/equal.ts'
import type { JsonObject } from '#src/lib/json/json-value.ts'
import { generateSession, type GeneratorModality } from './generate-session.ts'
import { expectRealistic } from './testing/expect-realistic.ts'
import { rankCorrelation } from './testing/rank-correlation.ts'
import { numberIn, partsOf, textAt } from './testing/session-parts.ts'

// 200 validated sessions take 1–3 s; the default 5 s is too tight when the machine is shared.
const PROPERTY_TIMEOUT_MS = 30_000

const MODALITIES: GeneratorModality[] = ['audio', 'video', 'screenSharing', 'videoBasedScreenSharing', 'data']

const shapes = fc.record({
  seed: fc.oneof(fc.string(), fc.integer()),
  segments: fc.integer({ min: 0, max: 3 }),
  mediaPerSegment: fc.integer({ min: 0, max: 3 }),
  streamsPerMedia: fc.integer({ min: 0, max: 4 }),
  modalities: fc.option(fc.subarray(MODALITIES, { minLength: 1 }), { nil: undefined }),
})

describe('generateSession', () => {
  it(
    'makes realistic sessions of exactly the requested shape, reproducibly',
    () => {
      fc.assert(
        fc.property(shapes, ({ seed, segments, mediaPerSegment, streamsPerMedia, modalities }) => {
          const options = {
            seed,
            segments,
            mediaPerSegment,
            streamsPerMedia,
            ...(modalities ? { modalities } : {}),
          }
          const body = generateSession(options)
          expectRealistic(body, { segments, media: mediaPerSegment, streams: streamsPerMedia })
          expect(jsonEqual(generateSession(options), body)).toBe(true)
        }),
      )
    },
    PROPERTY_TIMEOUT_MS,
  )

  it('gives different sessions for different seeds', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        fc.pre(a !== b)
        const shape = { segments: 1, mediaPerSegment: 1, streamsPerMedia: 2 }
        expect(
          jsonEqual(generateSession({ seed: a, ...shape }), generateSession({ seed: b, ...shape })),
        ).toBe(false)
      }),
    )
  })

  describe('at size L (40 segments × 3 media × 8 streams)', () => {
    const options = { seed: 'benchmark-L', segments: 40, mediaPerSegment: 3, streamsPerMedia: 8 }
    const body = generateSession(options)

    it('is valid, exactly sized and reproducible', () => {
      expectRealistic(body, { segments: 40, media: 3, streams: 8 })
      expect(jsonEqual(generateSession(options), body)).toBe(true)
    })

    it('correlates: loss rises with jitter and round trips, concealment follows loss', () => {
      const { streams } = partsOf(body)
      const seconds = (stream: JsonObject, key: string) =>
        durationToSeconds(textAt(stream, [key]) ?? '') ?? NaN
      const loss = streams.map((s) => numberIn(s, 'averagePacketLossRate') ?? NaN)
      expect(
        rankCorrelation(
          streams.map((s) => seconds(s, 'averageJitter')),
          loss,
        ),
      ).toBeGreaterThan(0.7)
      expect(
        rankCorrelation(
          streams.map((s) => seconds(s, 'averageRoundTripTime')),
          loss,
        ),
      ).toBeGreaterThan(0.3)
      const audio = streams.filter((s) => s.get('audioCodec') !== undefined)
      expect(
        rankCorrelation(
          audio.map((s) => numberIn(s, 'averagePacketLossRate') ?? NaN),
          audio.map((s) => numberIn(s, 'averageRatioOfConcealedSamples') ?? NaN),
        ),
      ).toBeGreaterThan(0.75)
    })
  })
})
