import type { Random } from './random.ts'

// RFC 5737 documentation networks: never routed, safe to show on a projector.
const DOCUMENTATION_V4 = ['192.0.2', '198.51.100', '203.0.113'] as const

export interface Ipv4Network {
  /** The first three octets, e.g. `10.20.4`. */
  prefix: string
  address: string
  subnet: string
}

/** A host in an RFC 1918 /24: office LANs in 10/8 or 172.16/12, home routers in 192.168/16. */
export function privateNetwork(random: Random, home: boolean): Ipv4Network {
  const prefix = home
    ? `192.168.${random.pick([0, 1, 1, 50, 68, 178])}`
    : random.chance(0.75)
      ? `10.${random.int(1, 99)}.${random.int(0, 63)}`
      : `172.${random.int(16, 31)}.${random.int(0, 255)}`
  return { prefix, address: `${prefix}.${random.int(2, 254)}`, subnet: `${prefix}.0` }
}

export function documentationIpv4(random: Random): string {
  return `${random.pick(DOCUMENTATION_V4)}.${random.int(1, 254)}`
}

/** An address in 2001:db8::/32 (RFC 3849), shaped like a SLAAC address. */
export function documentationIpv6(random: Random): string {
  const group = () => random.int(0, 0xffff).toString(16)
  return `2001:db8:${group()}:${group()}:${group()}:${group()}:${group()}:${group()}`
}

/**
 * `A6-83-E7-19-5C-B2`. Clients on Wi-Fi usually show a randomised, locally administered address
 * (second-lowest bit of the first octet set); access points and wired NICs a vendor's.
 */
export function macAddress(random: Random, locallyAdministered: boolean): string {
  const octets = Array.from({ length: 6 }, () => random.int(0, 255))
  const first = octets[0] ?? 0
  octets[0] = locallyAdministered ? (first & 0xfc) | 0x02 : first & 0xfc
  return octets.map((octet) => octet.toString(16).toUpperCase().padStart(2, '0')).join('-')
}
