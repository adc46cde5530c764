import type { JsonValue } from '../../lib/json/json-value.ts'
import { pathKey } from '../../lib/json/path.ts'
import type { Issue } from '../schema/validate.ts'
import { findErrors } from '../schema/validate.ts'
import { findWarnings } from '../schema/warnings.ts'
import type { DraftStore } from './draft-store.ts'

export interface IssueCounts {
  errors: number
  warnings: number
}

export interface Validation {
  /** The body these results are for. */
  body: JsonValue | undefined
  errors: readonly Issue[]
  warnings: readonly Issue[]
  /** Issues by `pathKey` of the exact field. */
  byPath: ReadonlyMap<string, readonly Issue[]>
  /** Counts of issues at or below each path (for outline badges); '' is the whole body. */
  below: ReadonlyMap<string, IssueCounts>
}

const EMPTY: Validation = { body: undefined, errors: [], warnings: [], byPath: new Map(), below: new Map() }

export function validate(body: JsonValue): Validation {
  const errors = findErrors(body)
  const warnings = findWarnings(body)
  const byPath = new Map<string, Issue[]>()
  const below = new Map<string, IssueCounts>()
  for (const issue of [...errors, ...warnings]) {
    const key = pathKey(issue.path)
    byPath.set(key, [...(byPath.get(key) ?? []), issue])
    for (let depth = 0; depth <= issue.path.length; depth++) {
      const prefix = pathKey(issue.path.slice(0, depth))
      const counts = below.get(prefix) ?? { errors: 0, warnings: 0 }
      below.set(
        prefix,
        issue.severity === 'error'
          ? { ...counts, errors: counts.errors + 1 }
          : { ...counts, warnings: counts.warnings + 1 },
      )
    }
  }
  return { body, errors, warnings, byPath, below }
}

/**
 * Validates the body after typing pauses, never on the keystroke itself: a whole-body pass over a large
 * session costs several milliseconds, and the next frame must not wait for it.
 */
export class ValidationStore {
  private state: Validation = EMPTY
  private readonly listeners = new Set<() => void>()
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly unsubscribe: () => void

  constructor(
    private readonly draft: DraftStore,
    private readonly delayMs = 150,
  ) {
    this.unsubscribe = draft.subscribe(() => {
      this.schedule()
    })
    this.run()
  }

  getState = (): Validation => this.state

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Results for the current body, computing them now if a run is pending (before sending, for tests). */
  current(): Validation {
    if (this.state.body !== this.draft.getState().body) this.run()
    return this.state
  }

  dispose(): void {
    clearTimeout(this.timer)
    this.unsubscribe()
  }

  private schedule(): void {
    if (this.state.body === this.draft.getState().body) return
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.run()
    }, this.delayMs)
  }

  private run(): void {
    clearTimeout(this.timer)
    this.state = validate(this.draft.getState().body)
    for (const listener of this.listeners) listener()
  }
}
