import { Store } from '#src/lib/store/store.ts'
import { describeChange, type Change } from './describe-change.ts'
import type { DraftContent, DraftState } from './draft-state.ts'
import type { DraftStore } from './draft-store.ts'

export interface HistorySnapshot {
  /** What Undo would undo ("edit segments[0].id"), or null when there is nothing. */
  undo: string | null
  redo: string | null
}

interface Step {
  /** The draft on the other side of the step. */
  content: DraftContent
  label: string
}

export interface DraftHistoryOptions {
  /** Steps kept; the oldest go first. Trees share their parts, so a step costs little but its changes. */
  limit?: number
  /** Keystrokes into one field closer together than this are one step. */
  typingPauseMs?: number
  now?: () => number
}

function contentOf(state: DraftState): DraftContent {
  const { bodyKind, body, bodyText, bodyTextProblem, callRecordId, inputObject, whatIf, confirm } = state
  return { bodyKind, body, bodyText, bodyTextProblem, callRecordId, inputObject, whatIf, confirm }
}

const NOTHING: HistorySnapshot = { undo: null, redo: null }

/**
 * Undo and Redo over the draft store. The draft's tree is immutable and shares unchanged branches, so a step
 * is a reference to the state before it. Every edit, array operation and replaced body is a step; keystrokes
 * into one field are one; switching the parameter set is none (it loses nothing). Opening another draft
 * starts a new history.
 */
export class DraftHistory extends Store<HistorySnapshot> {
  private past: Step[] = []
  private future: Step[] = []
  private current: DraftContent
  private lastKey: string | null = null
  private lastAt = 0
  private loads: number
  private restoring = false
  private readonly unsubscribe: () => void
  private readonly limit: number
  private readonly typingPauseMs: number
  private readonly now: () => number

  constructor(
    private readonly store: DraftStore,
    { limit = 200, typingPauseMs = 1000, now = () => Date.now() }: DraftHistoryOptions = {},
  ) {
    super(NOTHING)
    this.limit = limit
    this.typingPauseMs = typingPauseMs
    this.now = now
    this.current = contentOf(store.getState())
    this.loads = store.loadCount
    this.unsubscribe = store.subscribe(() => {
      this.follow()
    })
  }

  /** Steps back; false when there is nothing to undo. What an editor still buffers is taken first. */
  undo(): boolean {
    this.store.flushPending()
    return this.travel(this.past, this.future)
  }

  redo(): boolean {
    this.store.flushPending()
    return this.travel(this.future, this.past)
  }

  dispose(): void {
    this.unsubscribe()
  }

  private travel(from: Step[], to: Step[]): boolean {
    const step = from.pop()
    if (!step) return false
    to.push({ content: this.current, label: step.label })
    this.restoring = true
    try {
      this.store.restore(step.content)
    } finally {
      this.restoring = false
    }
    this.current = contentOf(this.store.getState())
    this.lastKey = null
    this.publish()
    return true
  }

  private follow(): void {
    const state = this.store.getState()
    const next = contentOf(state)
    if (this.restoring) return
    if (this.store.loadCount !== this.loads) {
      this.loads = this.store.loadCount
      this.past = []
      this.future = []
      this.current = next
      this.lastKey = null
      this.publish()
      return
    }
    const before = this.current
    this.current = next
    // Switching between fields and JSON rewrites the text and may parse the body anew: nothing was edited.
    if (before.bodyKind !== next.bodyKind) return
    const change = describeChange(before, next)
    if (!change) return
    this.record(before, change)
  }

  private record(before: DraftContent, change: Change): void {
    const at = this.now()
    const typing =
      change.key !== null &&
      change.key === this.lastKey &&
      at - this.lastAt < this.typingPauseMs &&
      this.past.length > 0
    this.lastKey = change.key
    this.lastAt = at
    this.future = []
    if (!typing) {
      this.past.push({ content: before, label: change.label })
      if (this.past.length > this.limit) this.past.shift()
    }
    this.publish()
  }

  private publish(): void {
    const undo = this.past.at(-1)?.label ?? null
    const redo = this.future.at(-1)?.label ?? null
    const now = this.getSnapshot()
    if (undo === now.undo && redo === now.redo) return
    this.set({ undo, redo })
  }
}
