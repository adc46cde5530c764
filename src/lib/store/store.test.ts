import { describe, expect, it } from 'vitest'
import { Store } from './store.ts'

describe('Store', () => {
  it('hands out the value it was last set to and tells each listener once per change', () => {
    const store = new Store({ count: 0 })
    const seen: number[] = []
    store.subscribe(() => seen.push(store.getSnapshot().count))
    store.set({ count: 1 })
    store.set({ count: 2 })
    expect(store.getSnapshot()).toEqual({ count: 2 })
    expect(seen).toEqual([1, 2])
  })

  it('tells no one when set to the value it already holds', () => {
    const value = { count: 0 }
    const store = new Store(value)
    let calls = 0
    store.subscribe(() => (calls += 1))
    store.set(value)
    expect(calls).toBe(0)
  })

  it('stops telling a listener once it unsubscribes, and the bound methods work detached', () => {
    const store = new Store('a')
    const { getSnapshot, subscribe } = store
    const seen: string[] = []
    const unsubscribe = subscribe(() => seen.push(getSnapshot()))
    store.set('b')
    unsubscribe()
    store.set('c')
    expect(seen).toEqual(['b'])
    expect(getSnapshot()).toBe('c')
  })
})
