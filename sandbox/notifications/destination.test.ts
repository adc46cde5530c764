import { expect, it } from 'vitest'
import { isLoopback, resolveDestination } from './destination.ts'

it('knows loopback addresses, IPv4-mapped ones included', () => {
  expect(['127.0.0.1', '127.255.0.9', '::1', '::ffff:127.0.0.1'].map(isLoopback)).toEqual([
    true,
    true,
    true,
    true,
  ])
  expect(['10.0.0.1', '0.0.0.0', '::', '::ffff:10.0.0.1', '128.0.0.1'].map(isLoopback)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ])
})

it('allows this machine over http or https, and named hosts only when listed and over https', async () => {
  const local = await resolveDestination('http://localhost:7071/hook?x=1', [])
  expect(local.ok && local.destination.loopback).toBe(true)
  expect((await resolveDestination('https://[::1]:8443/hook', [])).ok).toBe(true)
  const refusals: [string, readonly string[], string][] = [
    ['https://example.com/hook', [], "'example.com' is not one"],
    ['http://169.254.169.254/latest', [], "'169.254.169.254' is not one"],
    ['http://user:pw@localhost/hook', [], 'user name or password'],
    ['ftp://localhost/hook', [], "NotificationUrl scheme='ftp' is not supported."],
    ['not a url', [], "Invalid notification url='not a url'."],
    // Listed, so it may be looked up; an address literal stands for itself, and plain http is still refused.
    ['http://10.1.2.3/hook', ['10.1.2.3'], "NotificationUrl scheme='http' is not supported."],
  ]
  for (const [url, hosts, message] of refusals) {
    const result = await resolveDestination(url, hosts)
    expect(result.ok ? 'allowed' : result.message, url).toContain(message)
  }
  const listed = await resolveDestination('https://10.1.2.3/hook', ['10.1.2.3'])
  expect(listed.ok && listed.destination).toMatchObject({ address: '10.1.2.3', loopback: false })
})
