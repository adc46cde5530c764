import { SessionIssues } from '#src/features/schema/session-issues.ts'
import type { Issue } from '#src/features/schema/validate.ts'
import { isJsonObject, type JsonPath, type JsonValue } from '#src/lib/json/json-value.ts'
import { getIn, pathKey } from '#src/lib/json/path.ts'
import { nextTask } from '#src/lib/next-task.ts'
import { Store } from '#src/lib/store/store.ts'
import { TYPING_PAUSE_BEFORE_VALIDATION_MS, WORK_SLICE_MS } from '#src/lib/timings.ts'
import type { DraftStore } from './draft-store.ts'

export interface IssueCounts {
  errors: number
  warnings: number
}

/**
 * Text typed into a field that cannot become a value yet (an additional property's value that is not JSON).
 * It is kept as typed, outside the body, and it is an error until it parses: Send waits for it.
 */
export interface HeldText {
  path: JsonPath
  text: string
  message: string
}

export interface Validation {
  /** The body these results are for. */
  body: JsonValue | undefined
  /** Held texts (their errors are among `errors`). */
  held: readonly HeldText[]
  /**
   * Send or What if was tried: required fields nobody has visited yet (CallRecordId) show their error now.
   * Before that, an untouched required field is not an error to shout about on a first visit.
   */
  attempted: boolean
  errors: readonly Issue[]
  warnings: readonly Issue[]
  /** Issues by `pathKey` of the exact field. */
  byPath: ReadonlyMap<string, readonly Issue[]>
  /** Counts of issues at or below each path (for outline badges); '' is the whole body. */
  below: ReadonlyMap<string, IssueCounts>
}

const EMPTY: Validation = {
  body: undefined,
  held: [],
  attempted: false,
  errors: [],
  warnings: [],
  byPath: new Map(),
  below: new Map(),
}

export function validate(
  body: JsonValue,
  issues = new SessionIssues(),
  held: readonly HeldText[] = [],
): Validation {
  const heldErrors = held.map(({ path, message }): Issue => ({ path, message, severity: 'error' }))
  const errors = [...issues.errors(body), ...heldErrors]
  const warnings = issues.warnings(body)
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
  return { body, held, attempted: false, errors, warnings, byPath, below }
}

/**
 * Validates the body after typing pauses, never on the keystroke itself. Each segment's issues are
 * remembered by identity, so a pass after an edit re-checks one segment; segments not seen yet (a new
 * body) are checked a few at a time, yielding to input between slices, before the results are published.
 */
export class ValidationStore extends Store<Validation> {
  private issues = new SessionIssues()
  private pass = 0
  private timer: ReturnType<typeof setTimeout> | undefined
  private readonly unsubscribe: () => void
  private readonly held = new Map<string, HeldText>()
  private loads: number
  private attempted = false

  constructor(
    private readonly draft: DraftStore,
    private readonly delayMs = TYPING_PAUSE_BEFORE_VALIDATION_MS,
  ) {
    super(EMPTY)
    this.loads = draft.loadCount
    this.unsubscribe = draft.subscribe(() => {
      // Another draft opened: what was held belongs to the one before.
      if (draft.loadCount !== this.loads) {
        this.loads = draft.loadCount
        this.held.clear()
        this.attempted = false
      }
      this.schedule()
    })
    this.run()
  }

  /** The results published last (the store's snapshot). */
  getState = (): Validation => this.getSnapshot()

  /** Results for the current body, computing them now if a run is pending (before sending, for tests). */
  current(): Validation {
    if (this.getSnapshot().body !== this.draft.getState().body) this.run()
    return this.getSnapshot()
  }

  /** "Allow properties this app doesn't know" (Settings): undeclared keys on closed types become warnings. */
  allowUnknownProperties(allow: boolean): void {
    this.issues = new SessionIssues({ allowUnknownProperties: allow })
    this.run()
  }

  /** Send or What if was tried: every required field says what it lacks from now on. */
  markAttempted(): void {
    if (this.attempted) return
    this.attempted = true
    this.set({ ...this.getSnapshot(), attempted: true })
  }

  /** Keeps text that is not a value yet; it is an error at `path` until released. */
  holdText(path: JsonPath, text: string, message: string): void {
    const key = pathKey(path)
    const before = this.held.get(key)
    if (before?.text === text && before.message === message) return
    this.held.set(key, { path, text, message })
    this.run()
  }

  releaseText(path: JsonPath): void {
    if (this.held.delete(pathKey(path))) this.run()
  }

  heldText(path: JsonPath): string | undefined {
    return this.held.get(pathKey(path))?.text
  }

  dispose(): void {
    clearTimeout(this.timer)
    this.unsubscribe()
  }

  private schedule(): void {
    if (this.getSnapshot().body === this.draft.getState().body) return
    clearTimeout(this.timer)
    const pass = ++this.pass
    this.timer = setTimeout(() => {
      void this.runInSlices(pass)
    }, this.delayMs)
  }

  private async runInSlices(pass: number): Promise<void> {
    const body = this.draft.getState().body
    let sliceStart = performance.now()
    for (const segment of this.issues.unprepared(body)) {
      // A body at Graph's 4 MB limit holds ~200 segments of ~5 ms each: input never waits long.
      if (performance.now() - sliceStart > WORK_SLICE_MS) {
        await nextTask()
        // A newer body is scheduled (or was validated by current()): this pass is obsolete.
        if (pass !== this.pass) return
        sliceStart = performance.now()
      }
      this.issues.prepare(segment)
    }
    if (pass === this.pass && body === this.draft.getState().body) this.run()
  }

  private run(): void {
    clearTimeout(this.timer)
    this.pass += 1
    const body = this.draft.getState().body
    // Text held for an object that is gone (removed, or replaced by a template) goes with it.
    for (const [key, { path }] of this.held)
      if (!isJsonObject(getIn(body, path.slice(0, -1)))) this.held.delete(key)
    this.set({ ...validate(body, this.issues, [...this.held.values()]), attempted: this.attempted })
  }
}
