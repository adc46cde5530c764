const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/
const HEXTET = /^[0-9a-fA-F]{1,4}$/

export function isIpv4(text: string): boolean {
  return IPV4.test(text)
}

/** RFC 4291 text forms: full, `::`-compressed, with an embedded IPv4 tail, and an optional %zone. */
export function isIpv6(text: string): boolean {
  const address = text.split('%')[0] ?? ''
  if (text.includes('%') && !/%[\w.-]+$/.test(text)) return false
  let groups = address.split(':')
  let budget = 8
  const last = groups[groups.length - 1] ?? ''
  if (last.includes('.')) {
    if (!isIpv4(last)) return false
    groups = groups.slice(0, -1)
    budget = 6
  }
  const gap = address.indexOf('::')
  if (gap !== address.lastIndexOf('::')) return false
  if (gap === -1) return groups.length === budget && groups.every((g) => HEXTET.test(g))
  const [head = '', tail = ''] = groups.join(':').split('::')
  const parts = [...(head ? head.split(':') : []), ...(tail ? tail.split(':') : [])]
  return parts.length < budget && parts.every((g) => HEXTET.test(g))
}

export function isIpAddress(text: string): boolean {
  return isIpv4(text) || isIpv6(text)
}

/** 00-11-22-33-44-55, 00:11:22:33:44:55, 0011.2233.4455 or 001122334455. */
export function isMacAddress(text: string): boolean {
  return (
    /^[0-9a-fA-F]{2}([-:])[0-9a-fA-F]{2}(\1[0-9a-fA-F]{2}){4}$/.test(text) ||
    /^[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}\.[0-9a-fA-F]{4}$/.test(text) ||
    /^[0-9a-fA-F]{12}$/.test(text)
  )
}
