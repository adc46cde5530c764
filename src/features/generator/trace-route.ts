import { documentationIpv4, type Ipv4Network } from './addresses.ts'
import type { LiteralObject } from './literal-tree.ts'
import type { Random } from './random.ts'
import { millis } from './rounding.ts'

/** Hops from the local gateway to the media relay, round-trip times growing hop by hop. */
export function traceRoute(
  random: Random,
  lan: Ipv4Network,
  relayIPAddress: string,
  quality: number,
): LiteralObject[] {
  const count = random.int(3, 8)
  let rtt = random.between(0.5, 2) + quality * random.between(5, 40)
  return Array.from({ length: count }, (_, index) => {
    if (index > 0) rtt += random.between(0.3, 9) + quality * random.between(0, 12)
    const ipAddress =
      index === 0
        ? `${lan.prefix}.1`
        : index === count - 1
          ? relayIPAddress
          : index === 1 && random.chance(0.5)
            ? `10.${random.int(64, 127)}.0.1`
            : documentationIpv4(random)
    return { hopCount: index + 1, ipAddress, roundTripTime: millis(rtt) }
  })
}
