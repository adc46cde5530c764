import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { initialDraft } from '#src/features/open-draft/draft-state.ts'
import { DraftStore } from '#src/features/open-draft/draft-store.ts'
import { jsonEqual } from '#src/lib/json/equal.ts'
import { fromPlain } from '#src/lib/json/plain.ts'
import { encodeDraft } from './draft-codec.ts'
import { DraftsController } from './drafts-controller.ts'
import { createMemoryDraftRepository } from './testing/memory-draft-repository.ts'

let ids = 0
function controllerFor(repository: ReturnType<typeof createMemoryDraftRepository>) {
  const store = new DraftStore()
  const drafts = new DraftsController(store, () => Promise.resolve(repository), {
    newId: () => `d${++ids}`,
    now: () => new Date('2026-03-01T10:00:00Z'),
    delayMs: 100,
  })
  return { store, drafts }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe('DraftsController', () => {
  it('autosaves after edits pause and restores everything after a refresh', async () => {
    const repository = createMemoryDraftRepository()
    const first = controllerFor(repository)
    await first.drafts.start()
    first.drafts.watch()
    first.store.setTarget('InputObject')
    first.store.setIdentityValue('CallRecordId', 'rec-9')
    first.store.setBodyKind('BodyParameter')
    first.store.setBodyText('{ "id": "s-1", "linkSpeed": 9007199254740993, ')
    first.store.setSwitch('confirm', true)
    const writes = repository.writes
    await vi.advanceTimersByTimeAsync(99)
    expect(repository.writes).toBe(writes)
    await vi.advanceTimersByTimeAsync(1)
    expect(repository.writes).toBe(writes + 1)

    const second = controllerFor(repository)
    await second.drafts.start()
    const state = second.store.getState()
    expect(state).toMatchObject({
      target: 'InputObject',
      bodyKind: 'BodyParameter',
      inputObject: { CallRecordId: 'rec-9' },
      bodyText: '{ "id": "s-1", "linkSpeed": 9007199254740993, ',
      confirm: true,
    })
    expect(state.bodyTextProblem?.message).toMatch(/line 1/)
    expect(second.drafts.getSnapshot()).toMatchObject({
      status: 'ready',
      currentId: first.drafts.getSnapshot().currentId,
    })
  })

  it('reports a damaged autosave, keeps it, and starts a new draft', async () => {
    const repository = createMemoryDraftRepository()
    repository.raw.set('broken', { version: 1, format: 'session-composer.draft', name: 'x', draft: 'gone' })
    await repository.setCurrentId('broken')
    const { drafts, store } = controllerFor(repository)
    await drafts.start()
    const notices = drafts.getSnapshot().notices
    expect(notices.map((notice) => notice.intent)).toEqual(['error'])
    expect(notices[0]?.text).toContain('Your last draft could not be restored')
    expect(drafts.getSnapshot().currentId).not.toBe('broken')
    expect(repository.raw.has('broken')).toBe(true)
    expect(jsonEqual(store.getState().body, new Map())).toBe(true)
    const listed = await drafts.list()
    expect(listed.flatMap((item) => (item.ok ? [] : [item.id]))).toEqual(['broken'])
  })

  it('opens a shared draft as a new named draft and keeps the autosaved one', async () => {
    const repository = createMemoryDraftRepository()
    const { drafts, store } = controllerFor(repository)
    await drafts.start()
    store.replaceBody(fromPlain({ id: 'mine' }))
    const mine = drafts.getSnapshot().currentId
    const shared = encodeDraft(
      { ...initialDraft(fromPlain({ id: 'theirs' })), callRecordId: 'rec' },
      { name: 'ignored', savedAt: new Date() },
    )
    expect(await drafts.openRecord(shared, 'Shared draft')).toBe(true)
    expect(drafts.getSnapshot()).toMatchObject({ currentName: 'Shared draft' })
    expect(drafts.getSnapshot().currentId).not.toBe(mine)
    expect(store.getState().callRecordId).toBe('rec')
    expect(await drafts.open(mine ?? '')).toBe(true)
    expect(jsonEqual(store.getState().body, fromPlain({ id: 'mine' }))).toBe(true)
  })

  it('renames, duplicates and deletes, but never deletes the draft being edited', async () => {
    const repository = createMemoryDraftRepository()
    const { drafts } = controllerFor(repository)
    await drafts.start()
    const current = drafts.getSnapshot().currentId ?? ''
    await drafts.rename(current, 'Keynote')
    await drafts.duplicate(current)
    const names = (await drafts.list()).map((item) => (item.ok ? item.summary.name : ''))
    expect(names.sort()).toEqual(['Keynote', 'Keynote (copy)'])
    await drafts.remove(current)
    expect(repository.raw.has(current)).toBe(true)
    const copy = (await drafts.list()).find((item) => item.ok && item.summary.name === 'Keynote (copy)')
    await drafts.remove(copy?.ok ? copy.summary.id : '')
    expect(await drafts.list()).toHaveLength(1)
  })

  it('gives a second tab a copy of a draft another tab is editing, never the same record', async () => {
    const repository = createMemoryDraftRepository()
    const held = new Set<string>()
    const claim = (id: string) => Promise.resolve(held.has(id) ? null : (held.add(id), () => held.delete(id)))
    const first = new DraftsController(new DraftStore(), () => Promise.resolve(repository), {
      claim,
      newId: () => `t${++ids}`,
    })
    await first.start()
    const secondStore = new DraftStore()
    const second = new DraftsController(secondStore, () => Promise.resolve(repository), {
      claim,
      newId: () => `t${++ids}`,
    })
    await second.start()
    const a = first.getSnapshot()
    const b = second.getSnapshot()
    expect(b.currentId).not.toBe(a.currentId)
    expect(b.currentName).toBe(`${a.currentName} (second tab)`)
    expect(b.notices.map((n) => n.intent)).toEqual(['info'])
    expect(await second.open(a.currentId ?? '')).toBe(true)
    expect(second.getSnapshot().currentId).not.toBe(a.currentId)
  })

  it('restores the draft this tab edited, not the one another tab touched last', async () => {
    const repository = createMemoryDraftRepository()
    const tab = new Map<string, string>()
    const tabStorage = {
      getItem: (key: string) => tab.get(key) ?? null,
      setItem: (key: string, value: string) => void tab.set(key, value),
    }
    const mine = new DraftsController(new DraftStore(), () => Promise.resolve(repository), {
      tabStorage,
      newId: () => `m${++ids}`,
    })
    await mine.start()
    const myId = mine.getSnapshot().currentId
    const other = new DraftsController(new DraftStore(), () => Promise.resolve(repository), {
      newId: () => `o${++ids}`,
    })
    await other.start()
    await other.newDraft()
    expect(await repository.currentId()).not.toBe(myId)
    const refreshed = new DraftsController(new DraftStore(), () => Promise.resolve(repository), {
      tabStorage,
    })
    await refreshed.start()
    expect(refreshed.getSnapshot().currentId).toBe(myId)
  })
})
