import type { DraftStore } from '#src/features/open-draft/draft-store.ts'
import { textToBody } from '#src/features/parameter-sets/body-text.ts'
import { jsonEqual } from '#src/lib/json/equal.ts'
import {
  JSON_LARGE_TEXT_CHARS,
  TYPING_PAUSE_BEFORE_JSON_PARSE_MS,
  TYPING_PAUSE_BEFORE_LARGE_JSON_PARSE_MS,
} from '#src/lib/timings.ts'

/** What the binding needs from the editor. `version` changes identity with every edit (CodeMirror's `Text`). */
export interface EditorTextPort {
  version(): unknown
  text(): string
  /** Shows text that came from the store; must not be reported back as an edit. */
  replace(text: string): void
}

/** Parsing and validating a body of megabytes costs tens of milliseconds: do it only when typing pauses. */
export function syncDelay(length: number): number {
  return length < JSON_LARGE_TEXT_CHARS
    ? TYPING_PAUSE_BEFORE_JSON_PARSE_MS
    : TYPING_PAUSE_BEFORE_LARGE_JSON_PARSE_MS
}

/**
 * Keeps the draft's `bodyText` following the editor without parsing on every keystroke. The editor is the
 * truth while editing; `flush` puts its text into the store synchronously and must run before anyone reads
 * `bodyText` (switching the parameter set, sending, leaving the page): see `JsonEditor` for the triggers.
 */
export class DraftTextBinding {
  private timer: ReturnType<typeof setTimeout> | undefined
  private dirty = false
  private syncedVersion: unknown
  private generation: number
  private readonly unsubscribe: () => void

  constructor(
    private readonly store: DraftStore,
    private readonly editor: EditorTextPort,
    private readonly delayFor = syncDelay,
  ) {
    this.syncedVersion = editor.version()
    this.generation = store.getState().generation
    this.unsubscribe = store.subscribe(() => {
      this.followReplacement()
    })
  }

  /** True while the store holds exactly the editor's text. */
  get inSync(): boolean {
    return !this.dirty && this.editor.version() === this.syncedVersion
  }

  /** The user changed the text; `length` picks the delay. */
  edited(length: number): void {
    this.dirty = true
    clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.flush()
    }, this.delayFor(length))
  }

  flush(): void {
    clearTimeout(this.timer)
    if (!this.dirty) return
    this.dirty = false
    this.syncedVersion = this.editor.version()
    const text = this.editor.text()
    const state = this.store.getState()
    if (state.bodyKind === 'BodyParameter') {
      if (text !== state.bodyText) this.store.setBodyText(text)
      return
    }
    // Fields were switched to by code that did not flush first: still keep what was typed if it is a session.
    const parsed = textToBody(text)
    if (parsed.ok && !jsonEqual(parsed.body, state.body)) this.store.replaceBody(parsed.body)
  }

  dispose(): void {
    this.flush()
    this.unsubscribe()
  }

  /** A template or an import replaced the body while in JSON: the editor shows it (the old text was flushed). */
  private followReplacement(): void {
    const { generation, bodyKind, bodyText } = this.store.getState()
    if (generation === this.generation) return
    this.generation = generation
    if (bodyKind !== 'BodyParameter' || bodyText === null) return
    clearTimeout(this.timer)
    this.dirty = false
    this.editor.replace(bodyText)
    this.syncedVersion = this.editor.version()
  }
}
