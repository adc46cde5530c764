import { deviceInfo } from './device.ts'
import type { LiteralObject } from './literal-tree.ts'
import { networkInfo } from './network.ts'
import type { Party } from './parties.ts'
import type { Random } from './random.ts'
import { clamp } from './rounding.ts'
import { mediaStream, type MediaKind } from './stream.ts'

export interface MediaPlan {
  label: string
  kind: MediaKind
  codec?: string
  streams: number
  seconds: number
  bypassed: boolean
  /** How much worse (>1) or better (<1) the network was during this segment. */
  drift: number
  window?: readonly [string, string]
}

// The sender's uplink hurts a stream more than the receiver's downlink.
const pathQuality = (sender: Party, receiver: Party, drift: number) =>
  clamp((1 - (1 - sender.network.quality) * (1 - 0.7 * receiver.network.quality)) * drift, 0, 1)

/** One media of a segment: both networks, devices for audio, streams alternating caller→callee, callee→caller. */
export function media(random: Random, caller: Party, callee: Party, plan: MediaPlan): LiteralObject {
  const audio = plan.kind === 'audio'
  const capacity = Math.min(caller.network.capacity, callee.network.capacity)
  return {
    label: plan.label,
    callerNetwork: networkInfo(random, caller.network, audio),
    calleeNetwork: networkInfo(random, callee.network, audio),
    ...(audio && caller.device ? { callerDevice: deviceInfo(random, caller.device) } : {}),
    ...(audio && callee.device ? { calleeDevice: deviceInfo(random, callee.device) } : {}),
    streams: Array.from({ length: plan.streams }, (_, index) => {
      const forward = index % 2 === 0
      return mediaStream(random, {
        direction: forward ? 'callerToCallee' : 'calleeToCaller',
        kind: plan.kind,
        quality: forward ? pathQuality(caller, callee, plan.drift) : pathQuality(callee, caller, plan.drift),
        seconds: plan.seconds,
        capacity,
        ...(plan.codec ? { codec: plan.codec } : {}),
        bypassed: plan.bypassed,
        ...(plan.window ? { window: plan.window } : {}),
      })
    }),
  }
}
