import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import {
  columnsTemplate,
  formBounds,
  PANE_MIN,
  readShare,
  requestBounds,
  rowsTemplate,
  shareOf,
  writeShare,
} from './composer-splits.ts'

/** Node has no localStorage: a Map behind the same few methods. */
function memoryStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  const items = new Map<string, string>()
  return {
    getItem: (name) => items.get(name) ?? null,
    setItem: (name, value) => void items.set(name, value),
    removeItem: (name) => void items.delete(name),
  }
}

describe('composer splits', () => {
  beforeEach(() => {
    vi.stubGlobal('localStorage', memoryStorage())
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('writes the columns as shares of the room, so they follow the window', () => {
    expect(columnsTemplate('wide', 0.4, 0.25)).toBe(
      'minmax(0, 0.4000fr) minmax(0, 0.3500fr) minmax(0, 0.2500fr)',
    )
    expect(columnsTemplate('compact', 0.5, 0)).toBe('minmax(0, 0.5000fr) minmax(0, 0.5000fr)')
    expect(rowsTemplate(0.6)).toBe('minmax(0, 0.6000fr) minmax(0, 0.4000fr)')
  })

  it('keeps every other pane at its minimum', () => {
    expect(formBounds('wide', 1400, 300)).toEqual({ min: PANE_MIN.form, max: 1400 - PANE_MIN.request - 300 })
    expect(formBounds('compact', 1000, 0)).toEqual({ min: PANE_MIN.form, max: 1000 - PANE_MIN.request })
    expect(requestBounds(1400, 600)).toEqual({ min: PANE_MIN.request, max: 1400 - 600 - PANE_MIN.results })
  })

  it('remembers a share per layout and forgets it on reset; nonsense in storage is ignored', () => {
    expect(readShare('wide', 'form')).toBeNull()
    writeShare('wide', 'form', 0.3333333)
    expect(readShare('wide', 'form')).toBe(0.3333)
    expect(readShare('compact', 'form')).toBeNull()
    writeShare('wide', 'form', null)
    expect(shareOf('wide', 'form')).toBe(0.37)
    localStorage.setItem('session-composer.split.wide.preview', '7')
    expect(readShare('wide', 'preview')).toBeNull()
  })
})
