import type { DraftState } from '#src/features/open-draft/draft-state.ts'
import type { DraftStore } from '#src/features/open-draft/draft-store.ts'
import { AUTOSAVE_IDLE_MS, EDIT_PAUSE_BEFORE_AUTOSAVE_MS } from '#src/lib/timings.ts'

export interface AutosaveOptions {
  /** Starts writing the state; must begin its storage transaction synchronously (see `flush`). */
  save: (state: DraftState) => Promise<void>
  /** Puts text still held by an editor into the store first (the JSON editor syncs when typing pauses). */
  beforeFlush?: () => void
  /**
   * Called synchronously when the page is hidden or unloaded, before the asynchronous save: a write to
   * IndexedDB started in `pagehide` is dropped when the page unloads, a synchronous one is not.
   */
  rescue?: (state: DraftState) => void
  /** The page shows again: a rescue written when it was hidden is stale from now on. */
  onShow?: () => void
  onError?: (error: unknown) => void
  delayMs?: number
}

/**
 * Saves the draft once edits pause, in idle time, and at once when the page is hidden or unloaded (a refresh,
 * a closed tab, a phone switching apps). Each save starts its own write: IndexedDB runs overlapping
 * read-write transactions in the order they were created, so the last state always lands last.
 */
export class DraftAutosave {
  private timer: ReturnType<typeof setTimeout> | undefined
  private idle: number | undefined
  private saved: DraftState

  constructor(
    private readonly store: DraftStore,
    private readonly options: AutosaveOptions,
  ) {
    this.saved = store.getState()
  }

  start(): () => void {
    const unsubscribe = this.store.subscribe(() => {
      this.schedule()
    })
    if (typeof window === 'undefined') {
      return () => {
        unsubscribe()
        this.cancelPending()
      }
    }
    const onHide = () => {
      if (document.visibilityState === 'hidden') this.flushOnHide()
      else this.options.onShow?.()
    }
    const onPageHide = () => {
      this.flushOnHide()
    }
    document.addEventListener('visibilitychange', onHide)
    window.addEventListener('pagehide', onPageHide)
    return () => {
      unsubscribe()
      this.cancelPending()
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('pagehide', onPageHide)
    }
  }

  /** The state now in the store counts as saved (it was just loaded from storage). */
  markSaved(): void {
    this.cancelPending()
    this.saved = this.store.getState()
  }

  /** What `pagehide` and a hidden tab do: the synchronous rescue, then the ordinary save. */
  flushOnHide(): void {
    this.cancelPending()
    this.options.beforeFlush?.()
    const state = this.store.getState()
    if (state !== this.saved) this.options.rescue?.(state)
    void this.save(state)
  }

  flush(): Promise<void> {
    this.cancelPending()
    this.options.beforeFlush?.()
    return this.save(this.store.getState())
  }

  private save(state: DraftState): Promise<void> {
    if (state === this.saved) return Promise.resolve()
    this.saved = state
    return this.options.save(state).catch((error: unknown) => {
      // The next edit tries again.
      if (this.saved === state) this.saved = { ...state }
      this.options.onError?.(error)
    })
  }

  private schedule(): void {
    this.cancelPending()
    this.timer = setTimeout(() => {
      this.timer = undefined
      if (typeof requestIdleCallback === 'function') {
        this.idle = requestIdleCallback(() => void this.flush(), { timeout: AUTOSAVE_IDLE_MS })
      } else void this.flush()
    }, this.options.delayMs ?? EDIT_PAUSE_BEFORE_AUTOSAVE_MS)
  }

  private cancelPending(): void {
    clearTimeout(this.timer)
    this.timer = undefined
    if (this.idle !== undefined) cancelIdleCallback(this.idle)
    this.idle = undefined
  }
}
