import { initialDraft, type DraftState } from '#src/features/open-draft/draft-state.ts'
import type { DraftStore } from '#src/features/open-draft/draft-store.ts'
import { Store } from '#src/lib/store/store.ts'
import { uuidV4 } from '#src/lib/uuid-v4.ts'
import { createCachedStringify } from './cached-stringify.ts'
import { DraftAutosave } from './draft-autosave.ts'
import { claimOrCopy, webLockClaim } from './draft-claims.ts'
import { decodeDraft, encodeDraft, type LoadedDraft } from './draft-codec.ts'
import { duplicateStored, listDrafts, renameStored } from './draft-library.ts'
import type { DraftRecord } from './draft-record.ts'
import type { DraftRepository, ListedDraft } from './draft-repository.ts'
import type { DraftsOptions, DraftsSnapshot } from './drafts-snapshot.ts'
import { NoticeList, type DraftsNotice } from './notice-list.ts'
import { applyRescue, clearRescue, writeRescue } from './rescue-slot.ts'
import { readTabDraft, writeTabDraft } from './tab-draft.ts'

/**
 * The named drafts and the one this tab edits. The current draft is autosaved into its own record; opening
 * another, a share link or a draft file first saves the current one, and a draft another tab is editing
 * opens as a copy, so nothing typed is ever overwritten.
 */
export class DraftsController extends Store<DraftsSnapshot> {
  private repository: DraftRepository | null = null
  private starting: Promise<void> | undefined
  private readonly notices = new NoticeList(() => {
    this.update({ notices: this.notices.items })
  })
  private readonly autosave: DraftAutosave
  private readonly stringify = createCachedStringify()
  private release: () => void = () => undefined

  constructor(
    private readonly store: DraftStore,
    private readonly openRepository: () => Promise<DraftRepository>,
    private readonly options: DraftsOptions = {},
  ) {
    super({ status: 'starting', currentId: null, currentName: '', notices: [], revision: 0 })
    this.autosave = new DraftAutosave(store, {
      save: (state) => this.writeCurrent(state),
      rescue: (state) => {
        const id = this.snapshot.currentId
        if (id && this.repository)
          writeRescue(options.rescueStorage, id, this.encode(state, this.snapshot.currentName))
      },
      onShow: () => {
        clearRescue(options.rescueStorage)
      },
      // Editors that buffer keystrokes (the JSON editor) hand over their text before every save.
      beforeFlush: options.beforeFlush ?? (() => store.flushPending()),
      onError: (error) => {
        this.notices.add(
          'autosave',
          `Autosave failed: ${message(error)} Export the draft to keep it.`,
          'error',
        )
      },
      delayMs: options.delayMs,
    })
  }

  dismiss(id: string): void {
    this.notices.remove(id)
  }

  report(id: string, text: string, intent: DraftsNotice['intent'] = 'error'): void {
    this.notices.add(id, text, intent)
  }

  /** Restores the draft this tab was editing (after a refresh or a crash). Runs once, however often called. */
  start(): Promise<void> {
    this.starting ??= this.restore()
    return this.starting
  }

  /** Autosaves while subscribed: edits after a pause, everything when the page is hidden or closed. */
  watch(): () => void {
    return this.autosave.start()
  }

  flush(): Promise<void> {
    return this.repository ? this.autosave.flush() : Promise.resolve()
  }

  list(): Promise<ListedDraft[]> {
    return listDrafts(this.repository)
  }

  async open(id: string): Promise<boolean> {
    await this.flush()
    return this.load(id, 'That draft could not be opened')
  }

  /** A draft from outside (share link, `*.draft.json`) becomes a new named draft; the current one is kept. */
  async openRecord(record: DraftRecord, name: string): Promise<boolean> {
    const decoded = decodeDraft(record)
    if (!decoded.ok) {
      this.notices.add('open', `That draft could not be opened: ${decoded.problem}`, 'error')
      return false
    }
    await this.flush()
    await this.switchTo(this.newId(), name, decoded.draft, true)
    return true
  }

  async newDraft(): Promise<void> {
    await this.flush()
    await this.startNew()
  }

  async rename(id: string, name: string): Promise<void> {
    if (id === this.snapshot.currentId) {
      this.update({ currentName: name })
      await this.writeCurrent(this.store.getState())
    } else await renameStored(this.repository, id, name)
    this.changed()
  }

  async duplicate(id: string): Promise<void> {
    if (id === this.snapshot.currentId) await this.flush()
    const problem = await duplicateStored(this.repository, id, this.newId(), this.now().toISOString())
    if (problem) this.notices.add('duplicate', problem, 'error')
    else this.changed()
  }

  async remove(id: string): Promise<void> {
    if (id === this.snapshot.currentId) return
    await this.repository?.remove(id)
    this.changed()
  }

  private async restore(): Promise<void> {
    try {
      this.repository = await this.openRepository()
    } catch (error) {
      this.notices.add(
        'storage',
        `Drafts cannot be saved in this browser (${message(error)}). Export your work to keep it.`,
        'warning',
      )
      this.update({ status: 'unavailable' })
      return
    }
    const rescued = await applyRescue(this.repository, this.options.rescueStorage)
    const id = rescued ?? readTabDraft(this.options.tabStorage) ?? (await this.repository.currentId())
    const restored = id !== null && (await this.load(id, 'Your last draft could not be restored'))
    if (!restored) await this.startNew()
    this.update({ status: 'ready' })
  }

  private async load(id: string, failure: string): Promise<boolean> {
    const read = await this.repository?.read(id)
    if (!read) return false
    const decoded = read.ok ? decodeDraft(read.record) : { ok: false as const, problem: read.problem }
    if (!read.ok || !decoded.ok) {
      if (!('missing' in read))
        this.notices.add(
          `load-${id}`,
          `${failure}: ${decoded.ok ? '' : decoded.problem} It is kept in Drafts.`,
          'error',
        )
      return false
    }
    await this.switchTo(id, read.record.name, decoded.draft, false)
    return true
  }

  private startNew(): Promise<void> {
    const name = `Draft ${this.now().toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`
    return this.switchTo(this.newId(), name, initialDraft(), true)
  }

  /**
   * Makes a draft this tab's current one and loads it. A draft held by another tab opens as a copy. The last
   * step has no await before the store loads, so no save can slip in between.
   */
  private async switchTo(id: string, name: string, draft: LoadedDraft, isNew: boolean): Promise<void> {
    const target = await claimOrCopy(this.options.claim ?? webLockClaim, id, name, () => this.newId())
    if (target.copied)
      this.notices.add(
        'tab',
        `“${name}” is open in another tab; this tab edits a copy, “${target.name}”.`,
        'info',
      )
    if (isNew || target.copied) await this.repository?.write(target.id, this.encode(draft, target.name))
    await this.repository?.setCurrentId(target.id)
    writeTabDraft(this.options.tabStorage, target.id)
    clearRescue(this.options.rescueStorage)
    this.release()
    this.release = target.release
    this.update({ currentId: target.id, currentName: target.name })
    this.store.load(draft)
    this.autosave.markSaved()
    if (isNew || target.copied) this.changed()
  }

  private encode(state: Omit<DraftState, 'generation'>, name: string): DraftRecord {
    return encodeDraft(state, { name, savedAt: this.now() }, this.stringify)
  }

  private writeCurrent(state: DraftState): Promise<void> {
    const id = this.snapshot.currentId
    return id && this.repository
      ? this.repository.write(id, this.encode(state, this.snapshot.currentName))
      : Promise.resolve()
  }

  private now(): Date {
    return this.options.now?.() ?? new Date()
  }

  private newId(): string {
    return this.options.newId?.() ?? uuidV4()
  }

  private changed(): void {
    this.update({ revision: this.snapshot.revision + 1 })
  }

  private get snapshot(): DraftsSnapshot {
    return this.getSnapshot()
  }

  private update(patch: Partial<DraftsSnapshot>): void {
    this.set({ ...this.getSnapshot(), ...patch })
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
