import { streamId } from './ids.ts'
import type { LiteralObject } from './literal-tree.ts'
import type { Random } from './random.ts'
import { clamp, decimals, millis, ratio } from './rounding.ts'

export type MediaKind = 'audio' | 'video' | 'screen' | 'data'

export interface StreamContext {
  direction: 'callerToCallee' | 'calleeToCaller'
  kind: MediaKind
  /** Quality of the whole path, 0 (pristine) to 1 (unusable). */
  quality: number
  seconds: number
  /** What the path can carry, bit/s. */
  capacity: number
  codec?: string
  bypassed: boolean
  /** Start and end, only for streams that use SIP (Graph reports times for those alone). */
  window?: readonly [string, string]
}

// Nominal packets per second: 20 ms audio frames; camera video and screen sharing at typical bitrates.
const PACKET_RATE: Record<MediaKind, readonly [number, number]> = {
  audio: [50, 50],
  video: [90, 220],
  screen: [10, 45],
  data: [2, 10],
}

/**
 * One direction of a stream. Jitter and round-trip time come from path quality; packet loss rises with both,
 * concealed samples follow loss, and every maximum is drawn above its average.
 */
export function mediaStream(random: Random, context: StreamContext): LiteralObject {
  const { kind, quality: q } = context
  const rtt = random.between(15, 45) + q * random.between(150, 350)
  const jitter = random.between(1, 5) + q * random.between(25, 60)
  const loss = clamp(0.03 * (jitter / 30) ** 1.3 * (rtt / 150) ** 0.7 * random.between(0.7, 1.3), 0, 0.6)
  const [low, high] = PACKET_RATE[kind]
  const audio = kind === 'audio'
  const visual = kind === 'video' || kind === 'screen'
  const stream: LiteralObject = {
    streamId: streamId(random),
    streamDirection: context.direction,
    startDateTime: context.window?.[0],
    endDateTime: context.window?.[1],
    audioCodec: audio ? context.codec : undefined,
    videoCodec: visual ? context.codec : undefined,
    isAudioForwardErrorCorrectionUsed: audio ? loss > 0.01 : undefined,
    wasMediaBypassed: context.bypassed,
    averageAudioDegradation: audio ? decimals(Math.min(5, loss * 20 + jitter / 60 + q * 0.3), 4) : undefined,
    averageJitter: millis(jitter),
    maxJitter: millis(jitter * random.between(1.8, 3.5) + q * random.between(20, 120)),
    ...(audio ? audioJitter(random, jitter) : undefined),
    ...(visual ? videoMetrics(random, kind, q, loss) : undefined),
    averagePacketLossRate: ratio(loss),
    maxPacketLossRate: ratio(loss * random.between(2, 6) + q * random.between(0, 0.15)),
    ...(audio ? concealment(random, loss) : undefined),
    averageRoundTripTime: millis(rtt),
    maxRoundTripTime: millis(rtt * random.between(1.4, 2.2) + q * random.between(100, 900)),
    packetUtilization: Math.round(context.seconds * random.between(low, high) * (1 - loss)),
    averageBandwidthEstimate: Math.round(context.capacity * (1 - q * 0.8) * random.between(0.7, 1)),
  }
  return stream
}

function audioJitter(random: Random, jitter: number): LiteralObject {
  const average = jitter * random.between(1.5, 3)
  return {
    averageAudioNetworkJitter: millis(average),
    maxAudioNetworkJitter: millis(average * random.between(1.5, 3)),
  }
}

/** Concealed samples follow loss: the healer fills what the network dropped, plus a little of its own. */
function concealment(random: Random, loss: number): LiteralObject {
  const average = loss * random.between(1.2, 1.8) + random.between(0, 0.001)
  return {
    averageRatioOfConcealedSamples: ratio(average),
    maxRatioOfConcealedSamples: ratio(average * random.between(2, 4)),
  }
}

function videoMetrics(random: Random, kind: MediaKind, q: number, loss: number): LiteralObject {
  const nominal = kind === 'video' ? 30 : random.between(5, 15)
  const sent = nominal * (1 - q * 0.5) * random.between(0.95, 1)
  const freeze = 0.05 + q * random.between(0.2, 1.5)
  return {
    averageVideoFrameRate: decimals(sent, 2),
    averageReceivedFrameRate: decimals(sent * (1 - Math.min(0.9, loss * 2)), 2),
    lowFrameRateRatio: ratio(kind === 'video' ? q * random.between(0.1, 0.6) : random.between(0.1, 0.5), 3),
    lowVideoProcessingCapabilityRatio: random.chance(0.2) ? ratio(random.between(0, 0.05), 3) : 0,
    averageVideoFrameLossPercentage: decimals(Math.min(100, loss * 100 * random.between(1, 2.5)), 2),
    averageVideoPacketLossRate: ratio(loss),
    postForwardErrorCorrectionPacketLossRate: ratio(loss * random.between(0.15, 0.4)),
    averageFreezeDuration: millis(freeze * 1000),
    rmsFreezeDuration: millis(freeze * random.between(1.2, 1.8) * 1000),
  }
}
