import { describe, expect, it } from 'vitest'
import { isIpAddress, isMacAddress } from './address.ts'

describe('addresses', () => {
  it.each([
    '10.150.0.2',
    '255.255.255.255',
    '::1',
    '::',
    '2001:db8::8a2e:370:7334',
    'fe80::1%eth0',
    '::ffff:192.0.2.1',
    '1:2:3:4:5:6:7:8',
  ])('accepts IP %s', (ip) => expect(isIpAddress(ip)).toBe(true))
  it.each([
    '256.1.1.1',
    '10.0.0',
    '01.2.3.4x',
    '1:2:3:4:5:6:7:8:9',
    '1::2::3',
    'gggg::1',
    '',
    'localhost',
    '10.0.0.1/24',
  ])('rejects IP %s', (ip) => expect(isIpAddress(ip)).toBe(false))
  it.each(['00-00-00-00-00-00', '02:00:00:00:00:00', 'a0b1.c2d3.e4f5', 'A0B1C2D3E4F5'])(
    'accepts MAC %s',
    (mac) => expect(isMacAddress(mac)).toBe(true),
  )
  it.each(['00-00-00-00-00', '00:00-00:00:00:00', 'zz-00-00-00-00-00', ''])('rejects MAC %s', (mac) =>
    expect(isMacAddress(mac)).toBe(false),
  )
})
