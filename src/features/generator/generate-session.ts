import type { enums } from '#src/features/schema/enums.ts'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { graphDateTime, later, parseInstant, TICKS_PER_SECOND, type Instant } from './graph-date-time.ts'
import { guid } from './ids.ts'
import { jsonTree } from './literal-tree.ts'
import { media } from './media.ts'
import { participant, service } from './parties.ts'
import { person } from './people.ts'
import { createRandom, type Random } from './random.ts'
import type { MediaKind } from './stream.ts'
import { layoutSegments, streamSpan } from './timeline.ts'

export type GeneratorModality = Exclude<(typeof enums.modality)[number], 'unknownFutureValue'>

export interface GenerateOptions {
  /** The same seed (and options) always gives the same session. */
  seed: string | number
  segments: number
  mediaPerSegment: number
  streamsPerMedia: number
  /** Media cycle through these; by default audio, then video, then screen sharing, as many as media allow. */
  modalities?: readonly GeneratorModality[]
  /** When the session starts; by default a weekday working hour in 2025 picked by the seed. */
  start?: string | Date
}

const MEDIA: Record<GeneratorModality, { label: string; kind: MediaKind }> = {
  audio: { label: 'main-audio', kind: 'audio' },
  video: { label: 'main-video', kind: 'video' },
  screenSharing: { label: 'applicationsharing-video', kind: 'screen' },
  videoBasedScreenSharing: { label: 'applicationsharing-video', kind: 'screen' },
  data: { label: 'data', kind: 'data' },
}
// The tenant of Graph's own call-record examples, so generated sessions sit beside the templates.
const CONTOSO_TENANT = 'dc368399-474c-4d40-900c-6265431fd81f'
const DEFAULT_MODALITIES = ['audio', 'video', 'screenSharing'] as const

type Scenario = 'peerToPeer' | 'conference' | 'pstn'

/** A realistic session (lossless tree) with exactly the requested numbers of segments, media and streams. */
export function generateSession(options: GenerateOptions): JsonValue {
  const { segments, mediaPerSegment, streamsPerMedia } = options
  for (const [name, count] of Object.entries({ segments, mediaPerSegment, streamsPerMedia })) {
    if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`${name} must be a whole number ≥ 0`)
  }
  const unknown = options.modalities?.find((modality) => !Object.hasOwn(MEDIA, modality))
  if (unknown !== undefined) throw new RangeError(`The generator cannot make '${unknown}' media`)
  const random = createRandom(options.seed)
  const modalities = options.modalities?.length
    ? [...new Set(options.modalities)]
    : DEFAULT_MODALITIES.slice(0, Math.min(3, Math.max(1, mediaPerSegment)))
  const origin = startOf(random, options.start)
  const scenario: Scenario = modalities.every((m) => m === 'audio')
    ? random.weighted([
        ['peerToPeer', 0.6],
        ['conference', 0.2],
        ['pstn', 0.2],
      ] as const)
    : random.weighted([
        ['peerToPeer', 0.5],
        ['conference', 0.5],
      ] as const)
  const bypassed = scenario === 'pstn' && random.chance(0.35)
  const sessionId = guid(random)
  const callerPerson = person(random)
  const calleePerson = person(random, callerPerson)
  const caller = participant(random, callerPerson, CONTOSO_TENANT, 0.35)
  const callee =
    scenario === 'peerToPeer'
      ? participant(random, calleePerson, CONTOSO_TENANT, 0.15)
      : service(random, scenario === 'pstn', bypassed)
  const codecs = codecsFor(random, scenario)
  const total = Math.round(Math.max(1, segments) * random.between(45, 420) * TICKS_PER_SECOND)
  const at = (ticks: number) => graphDateTime(later(origin, ticks))
  return jsonTree({
    id: sessionId,
    modalities,
    startDateTime: at(0),
    endDateTime: at(total),
    isTest: false,
    caller: caller.endpoint,
    callee: callee.endpoint,
    segments: layoutSegments(random, segments, total).map((span) => {
      const drift = random.between(0.8, 1.25)
      return {
        id: guid(random),
        startDateTime: at(span.start),
        endDateTime: at(span.end),
        caller: caller.segmentEndpoint,
        callee: callee.segmentEndpoint,
        media: Array.from({ length: mediaPerSegment }, (_, index) => {
          const { label, kind } = MEDIA[modalities[index % modalities.length] ?? 'audio']
          // Graph gives stream times only for SIP streams: here, the legs to a PSTN gateway.
          const sip = scenario === 'pstn' ? streamSpan(random, span) : undefined
          return media(random, caller, callee, {
            label,
            kind,
            ...(kind === 'data' ? {} : { codec: codecs[kind] }),
            streams: streamsPerMedia,
            seconds: (span.end - span.start) / TICKS_PER_SECOND,
            bypassed,
            drift,
            ...(sip ? { window: [at(sip.start), at(sip.end)] as const } : {}),
          })
        }),
      }
    }),
  })
}

function codecsFor(random: Random, scenario: Scenario): Record<'audio' | 'video' | 'screen', string> {
  return {
    audio:
      scenario === 'pstn'
        ? random.pick(['pcmu', 'pcma', 'g722'] as const)
        : random.weighted([
            ['satin', 0.5],
            ['opus', 0.35],
            ['silkWide', 0.15],
          ] as const),
    video: random.weighted([
      ['h264', 0.75],
      ['av1', 0.25],
    ] as const),
    screen: random.weighted([
      ['h264', 0.8],
      ['av1', 0.2],
    ] as const),
  }
}

function startOf(random: Random, start: string | Date | undefined): Instant {
  if (start instanceof Date) {
    if (Number.isNaN(start.getTime())) throw new RangeError('start is an invalid Date')
    return { epochMs: start.getTime(), ticks: 0 }
  }
  if (start !== undefined) {
    const instant = parseInstant(start)
    if (!instant) throw new RangeError(`start is not a DateTimeOffset: ${start}`)
    return instant
  }
  const monday = Date.UTC(2025, 0, 6)
  const day = random.int(0, 49) * 7 + random.int(0, 4)
  const second = random.int(7 * 3600, 17 * 3600)
  return {
    epochMs: monday + day * 86_400_000 + second * 1000 + random.int(0, 999),
    ticks: random.int(0, 9999),
  }
}
