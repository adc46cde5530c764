import { describe, expect, it } from 'vitest'
import { maskAddress, maskAs, maskId, maskName, maskUpn } from './mask-text.ts'

describe('masks stay recognisable and keep their shape', () => {
  it.each([
    ['f69e2c00-0000-0000-0000-185e5f5f5d8a', '••••••••-••••-••••-••••-••••••••5d8a'],
    ['+14255550100', '••••••••0100'],
    ['abc', '•••'],
  ])('id %s', (id, masked) => {
    expect(maskId(id)).toBe(masked)
  })

  it('keeps the domain of a UPN', () => {
    expect(maskUpn('abbie.wilkins@contoso.com')).toBe('•••@contoso.com')
  })

  it.each([
    ['10.150.0.2', '10.•.•.2'],
    ['2001:db8:85a3::8a2e:370:7334', '2001:•:•::•:•:7334'],
    ['::ffff:192.0.2.128', '::•:192.•.•.128'],
    ['fe80::1%eth0', 'fe80::1%•'],
    ['00-11-22-33-44-55', '00-••-••-••-••-55'],
    ['00:11:22:33:44:55', '00:••:••:••:••:55'],
    ['0011.2233.4455', '0011.••••.4455'],
    ['001122334455', '00••••••••55'],
  ])('address %s', (address, masked) => {
    expect(maskAddress(address)).toBe(masked)
  })

  it('keeps initials of a name', () => {
    expect(maskName('Abbie Wilkins')).toBe('A•••• W••••••')
  })

  it('masks a malformed address in an address field as an id', () => {
    expect(maskAs('ip', 'not-an-ip')).toBe('•••••n-ip')
    expect(maskAs('ip', '')).toBe('')
  })
})
