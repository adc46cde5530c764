import { afterEach, describe, expect, it, vi } from 'vitest'
import { uuidV4 } from './uuid-v4.ts'

const V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('uuidV4', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it.each([true, false])('makes distinct RFC 4122 version 4 ids (secure context: %s)', (secure) => {
    vi.stubGlobal('isSecureContext', secure)
    const ids = new Set(Array.from({ length: 200 }, uuidV4))
    expect(ids.size).toBe(200)
    for (const id of ids) expect(id).toMatch(V4)
  })
})
