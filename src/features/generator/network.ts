import { documentationIpv4, documentationIpv6, macAddress, privateNetwork } from './addresses.ts'
import type { ClientProfile } from './client-profiles.ts'
import type { LiteralObject } from './literal-tree.ts'
import type { Random } from './random.ts'
import { ratio } from './rounding.ts'
import { traceRoute } from './trace-route.ts'
import { wifiFields } from './wifi.ts'

export interface NetworkProfile {
  /** 0 is a pristine path, 1 an unusable one; every stream metric crossing this network follows it. */
  quality: number
  /** What the path can carry, in bits per second (drives averageBandwidthEstimate). */
  capacity: number
  /** Fields before `port`, then after it, so every media's networkInfo reads in the same order. */
  head: LiteralObject
  tail: LiteralObject
  ports: readonly [number, number]
  hops?: LiteralObject[]
}

const OFFICE_DNS = ['corp.contoso.com', 'hq.contoso.com', 'branch.contoso.com'] as const
// Teams clients take media ports from 50000–50059 when the admin sets the recommended range.
const CLIENT_PORTS = [50000, 50059] as const
const relay = (random: Random) => ({
  reflexiveIPAddress: documentationIpv4(random),
  relayIPAddress: documentationIpv4(random),
  relayPort: random.int(3478, 3481),
})

export function clientNetwork(random: Random, client: ClientProfile): NetworkProfile {
  const phone = client.platform === 'iOS' || client.platform === 'android'
  const connectionType = phone
    ? random.weighted([
        ['wifi', 0.6],
        ['mobile', 0.4],
      ] as const)
    : client.platform === 'roomSystem' || random.chance(client.portable ? 0.35 : 0.85)
      ? 'wired'
      : 'wifi'
  if (connectionType === 'mobile') {
    const address = random.chance(0.5) ? documentationIpv6(random) : privateNetwork(random, false).address
    return {
      quality: random.between(0.1, 0.55),
      capacity: Math.round(random.between(2e6, 2e7)),
      head: { connectionType, networkTransportProtocol: 'udp', ipAddress: address },
      tail: { macAddress: '02:00:00:00:00:00', ...relay(random) },
      ports: CLIENT_PORTS,
    }
  }
  const wifi = connectionType === 'wifi'
  const quality = wifi ? 0.03 + random.next() ** 2 * 0.8 : random.between(0, 0.1)
  const home = wifi && random.chance(0.6)
  const lan = privateNetwork(random, home)
  const wifiPart = wifi ? wifiFields(random, client, quality) : undefined
  const reached = relay(random)
  return {
    quality,
    capacity: Math.round(wifi ? random.between(5e6, 6e7) * (1 - quality * 0.8) : random.between(2e7, 1e8)),
    head: {
      connectionType,
      networkTransportProtocol: random.chance(0.96) ? 'udp' : 'tcp',
      ipAddress: lan.address,
      subnet: lan.subnet,
    },
    tail: {
      linkSpeed:
        wifiPart?.linkSpeed ??
        random.weighted([
          [1e9, 0.85],
          [1e8, 0.1],
          [2.5e9, 0.05],
        ] as const),
      macAddress: macAddress(random, wifi),
      ...(home ? {} : { dnsSuffix: random.pick(OFFICE_DNS) }),
      ...reached,
      ...wifiPart?.fields,
    },
    ports: CLIENT_PORTS,
    ...(random.chance(0.4) ? { hops: traceRoute(random, lan, reached.relayIPAddress, quality) } : {}),
  }
}

/** The conferencing server or the PSTN gateway's SBC: a datacenter NIC, or an on-premises one when bypassed. */
export function serviceNetwork(random: Random, gateway: boolean, bypassed: boolean): NetworkProfile {
  const lan = bypassed ? privateNetwork(random, false) : undefined
  return {
    quality: random.between(0, 0.03),
    capacity: 1e9,
    head: {
      connectionType: 'wired',
      networkTransportProtocol: 'udp',
      ipAddress: lan?.address ?? documentationIpv4(random),
      ...(lan ? { subnet: lan.subnet } : {}),
    },
    tail: gateway ? { linkSpeed: 10_000_000_000 } : {},
    ports: gateway ? [20000, 39999] : [49152, 53247],
  }
}

/** One media's view of the network: same addresses, its own port, and event ratios that follow quality. */
export function networkInfo(random: Random, profile: NetworkProfile, withHops: boolean): LiteralObject {
  const q = profile.quality
  const event = (threshold: number, scale: number) =>
    ratio(q > threshold ? q * random.between(0.2, scale) : 0, 2)
  return {
    ...profile.head,
    port: random.int(profile.ports[0], profile.ports[1]),
    ...profile.tail,
    sentQualityEventRatio: event(0.25, 0.8),
    receivedQualityEventRatio: event(0.25, 0.9),
    delayEventRatio: event(0.35, 0.5),
    bandwidthLowEventRatio: event(0.4, 0.45),
    ...(withHops && profile.hops ? { traceRouteHops: profile.hops } : {}),
  }
}
