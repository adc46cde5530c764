import { describe, expect, it } from 'vitest'
import { initialDraft } from '#src/features/open-draft/draft-state.ts'
import { DraftStore } from '#src/features/open-draft/draft-store.ts'
import { jsonEqual } from '#src/lib/json/equal.ts'
import { fromPlain } from '#src/lib/json/plain.ts'
import { DraftAutosave } from './draft-autosave.ts'
import { encodeDraft } from './draft-codec.ts'
import { DraftsController } from './drafts-controller.ts'
import { readRescue, RESCUE_KEY, writeRescue } from './rescue-slot.ts'
import { createMemoryDraftRepository } from './testing/memory-draft-repository.ts'

function memoryStorage() {
  const items = new Map<string, string>()
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      items.set(key, value)
    },
    removeItem: (key: string) => {
      items.delete(key)
    },
  }
}

describe('the page-hide rescue', () => {
  it('is written synchronously when the page hides, before the asynchronous save', () => {
    const store = new DraftStore()
    const order: string[] = []
    const autosave = new DraftAutosave(store, {
      save: () => {
        order.push('save')
        return new Promise(() => undefined)
      },
      rescue: (state) => order.push(`rescue ${state.callRecordId}`),
      beforeFlush: () => {
        order.push('flush editor')
        store.setCallRecordId('typed-last')
      },
    })
    autosave.flushOnHide()
    expect(order).toEqual(['flush editor', 'rescue typed-last', 'save'])
  })

  it('restores the draft from the rescue when the last save never reached storage', async () => {
    const repository = createMemoryDraftRepository()
    const storage = memoryStorage()
    const older = { ...initialDraft(), callRecordId: 'old' }
    await repository.write(
      'd1',
      encodeDraft(older, { name: 'Mine', savedAt: new Date('2026-03-01T10:00:00Z') }),
    )
    await repository.setCurrentId('d1')
    const newer = {
      ...older,
      callRecordId: 'typed just before the refresh',
      body: fromPlain({ linkSpeed: 9007199254740993n }),
    }
    writeRescue(
      storage,
      'd1',
      encodeDraft(newer, { name: 'Mine', savedAt: new Date('2026-03-01T10:00:05Z') }),
    )

    const store = new DraftStore()
    const drafts = new DraftsController(store, () => Promise.resolve(repository), { rescueStorage: storage })
    await drafts.start()
    expect(store.getState().callRecordId).toBe('typed just before the refresh')
    expect(jsonEqual(store.getState().body, fromPlain({ linkSpeed: 9007199254740993n }))).toBe(true)
    expect(drafts.getSnapshot()).toMatchObject({ currentId: 'd1', currentName: 'Mine' })
    expect(storage.items.has(RESCUE_KEY)).toBe(false)
  })

  it('ignores a stale or damaged rescue', async () => {
    const storage = memoryStorage()
    storage.setItem(RESCUE_KEY, '{"id":"x","record":{"version":1}}')
    expect(readRescue(storage)).toBeNull()
    storage.setItem(RESCUE_KEY, 'not json')
    expect(readRescue(storage)).toBeNull()

    const repository = createMemoryDraftRepository()
    const draft = { ...initialDraft(), callRecordId: 'saved later' }
    await repository.write(
      'd1',
      encodeDraft(draft, { name: 'Mine', savedAt: new Date('2026-03-01T10:00:09Z') }),
    )
    await repository.setCurrentId('d1')
    writeRescue(
      storage,
      'd1',
      encodeDraft(
        { ...draft, callRecordId: 'stale' },
        { name: 'Mine', savedAt: new Date('2026-03-01T10:00:05Z') },
      ),
    )
    const store = new DraftStore()
    await new DraftsController(store, () => Promise.resolve(repository), { rescueStorage: storage }).start()
    expect(store.getState().callRecordId).toBe('saved later')
  })
})
