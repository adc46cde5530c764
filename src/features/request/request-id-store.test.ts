import { describe, expect, it } from 'vitest'
import { RequestIdStore, uuidV4 } from './request-id-store.ts'

describe('RequestIdStore', () => {
  it('keeps one id until a send consumes it', () => {
    const store = new RequestIdStore()
    let changes = 0
    store.subscribe(() => changes++)
    const first = store.current()
    expect(store.current()).toBe(first)
    expect(store.consume()).toBe(first)
    expect(store.current()).not.toBe(first)
    expect(changes).toBe(1)
    expect(store.next()).toBe(store.current())
  })

  it('makes RFC 4122 version 4 ids', () => {
    const ids = new Set(Array.from({ length: 200 }, uuidV4))
    expect(ids.size).toBe(200)
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})
