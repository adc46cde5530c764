import { describe, expect, it } from 'vitest'
import { RequestIdStore } from './request-id-store.ts'

describe('RequestIdStore', () => {
  it('keeps one id until a send consumes it', () => {
    let made = 0
    const store = new RequestIdStore(() => `id-${++made}`)
    let changes = 0
    store.subscribe(() => changes++)
    expect(store.current()).toBe('id-1')
    expect(store.current()).toBe('id-1')
    expect(store.consume()).toBe('id-1')
    expect(store.current()).toBe('id-2')
    expect(changes).toBe(1)
    expect(store.next()).toBe('id-3')
    expect(store.getSnapshot()).toBe('id-3')
  })
})
