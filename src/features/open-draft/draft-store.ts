import { bodyToText, textToBody } from '#src/features/parameter-sets/body-text.ts'
import type {
  CloudCommunicationsIdentity,
  IdentityKey,
} from '#src/features/parameter-sets/cloud-communications-identity.ts'
import type { BodyKind, TargetKind } from '#src/features/parameter-sets/parameter-set.ts'
import { isJsonObject, type JsonPath, type JsonValue } from '#src/lib/json/json-value.ts'
import { getIn, setIn } from '#src/lib/json/path.ts'
import { Store } from '#src/lib/store/store.ts'
import { initialDraft, type DraftContent, type DraftState } from './draft-state.ts'
import { insertOrdered } from './insert-ordered.ts'

/**
 * The one place the draft lives. Components read narrow slices (useDraft / useBodyValue) so a keystroke in
 * one field re-renders nothing but what shows that field; the expanded inputs are uncontrolled.
 */
export class DraftStore extends Store<DraftState> {
  private readonly flushes = new Set<() => void>()
  /** The BodyParameter text `body` was last parsed from or written as; null when unknown. */
  private textOfBody: string | null = null
  private loads = 0

  constructor(initial: DraftState = initialDraft()) {
    super(initial)
  }

  /** The draft now: the store's snapshot, under the name the draft's readers know. */
  getState = (): DraftState => this.getSnapshot()

  /** Counts `load`s: a different draft is open when it changes (its undo history is not this one's). */
  get loadCount(): number {
    return this.loads
  }

  private get state(): DraftState {
    return this.getSnapshot()
  }

  /**
   * An editor that buffers keystrokes (the JSON editor debounces big texts) registers how to hand over what it
   * holds; `flushPending` runs those, so whoever reads the draft next sees the latest text.
   */
  registerFlush(flush: () => void): () => void {
    this.flushes.add(flush)
    return () => this.flushes.delete(flush)
  }

  flushPending(): void {
    for (const flush of this.flushes) flush()
  }

  private patch(patch: Partial<DraftState>): void {
    this.set({ ...this.state, ...patch })
  }

  /**
   * Sets one value inside the body (undefined removes the key). A new key is placed where the Graph type
   * declares it (`declaredOrder`), so a form-built body reads like Graph's own examples.
   */
  setBodyValue(path: JsonPath, value: JsonValue | undefined, declaredOrder?: readonly string[]): void {
    const parentPath = path.slice(0, -1)
    const key = path[path.length - 1]
    const parent = getIn(this.state.body, parentPath)
    const insertsNewKey =
      typeof key === 'string' &&
      declaredOrder !== undefined &&
      value !== undefined &&
      isJsonObject(parent) &&
      !parent.has(key)
    const body = insertsNewKey
      ? setIn(this.state.body, parentPath, insertOrdered(parent, key, value, declaredOrder))
      : setIn(this.state.body, path, value)
    this.patch({ body: body ?? new Map() })
  }

  /** Replaces the whole body (template, import, a session loaded from the target); inputs remount. */
  replaceBody(body: JsonValue): void {
    const bodyText = this.state.bodyKind === 'BodyParameter' ? bodyToText(body) : null
    this.textOfBody = bodyText
    this.patch({ body, bodyText, bodyTextProblem: null, generation: this.state.generation + 1 })
  }

  /** The JSON editor's text changed: keep it as typed; follow it with the body only while it is an object. */
  setBodyText(text: string): void {
    const parsed = textToBody(text)
    if (parsed.ok) {
      this.textOfBody = text
      this.patch({ bodyText: text, body: parsed.body, bodyTextProblem: null })
    } else this.patch({ bodyText: text, bodyTextProblem: parsed.problem })
  }

  /**
   * Switches between expanded fields and BodyParameter JSON. Leaving JSON for fields needs the text to be a
   * JSON object: otherwise nothing changes and the problem (with line and column) stays on screen.
   */
  setBodyKind(bodyKind: BodyKind): boolean {
    this.flushPending()
    if (bodyKind === this.state.bodyKind) return true
    if (bodyKind === 'BodyParameter') {
      const bodyText = bodyToText(this.state.body)
      this.textOfBody = bodyText
      this.patch({ bodyKind, bodyText, bodyTextProblem: null })
      return true
    }
    // The body already is this text, parsed (a paste of megabytes is parsed once, not twice).
    const { bodyText } = this.state
    const parsed =
      bodyText !== null && bodyText === this.textOfBody
        ? { ok: true as const, body: this.state.body }
        : textToBody(bodyText ?? bodyToText(this.state.body))
    if (!parsed.ok) {
      this.patch({ bodyTextProblem: parsed.problem })
      return false
    }
    this.patch({
      bodyKind,
      body: parsed.body,
      bodyText: null,
      bodyTextProblem: null,
      generation: this.state.generation + 1,
    })
    return true
  }

  setTarget(target: TargetKind): void {
    const { callRecordId, inputObject } = this.state
    // Carry the id across so switching to -InputObject keeps pointing at the same call record.
    if (target === 'InputObject' && !inputObject.CallRecordId && callRecordId) {
      this.patch({ target, inputObject: { ...inputObject, CallRecordId: callRecordId } })
    } else if (target === 'CallRecordId' && !callRecordId && inputObject.CallRecordId) {
      this.patch({ target, callRecordId: inputObject.CallRecordId })
    } else this.patch({ target })
  }

  setCallRecordId(callRecordId: string): void {
    this.patch({ callRecordId })
  }

  setIdentityValue(key: IdentityKey, value: string): void {
    const rest = Object.entries(this.state.inputObject).filter(([name]) => name !== key)
    const inputObject: CloudCommunicationsIdentity = Object.fromEntries(
      value ? [...rest, [key, value]] : rest,
    )
    this.patch({ inputObject })
  }

  setSwitch(name: 'whatIf' | 'confirm', on: boolean): void {
    this.patch({ [name]: on })
  }

  /** Loads a whole saved draft (autosave, share link, file): everything remounts. */
  load(draft: Omit<DraftState, 'generation'>): void {
    this.textOfBody = null
    this.loads += 1
    this.patch({ ...draft, generation: this.state.generation + 1 })
  }

  /**
   * Puts back what an earlier state held (Undo, Redo): the body, the ids and the switches. The parameter set
   * stays as it is now; in JSON mode the editor shows the text of then (as typed, if it was JSON mode then).
   */
  restore(content: DraftContent): void {
    const json = this.state.bodyKind === 'BodyParameter'
    const keepText = json && content.bodyKind === 'BodyParameter' && content.bodyText !== null
    const bodyText = !json ? null : keepText ? content.bodyText : bodyToText(content.body)
    const bodyTextProblem = keepText ? content.bodyTextProblem : null
    this.textOfBody = json && bodyTextProblem === null ? bodyText : null
    this.patch({
      body: content.body,
      bodyText,
      bodyTextProblem,
      callRecordId: content.callRecordId,
      inputObject: content.inputObject,
      whatIf: content.whatIf,
      confirm: content.confirm,
      generation: this.state.generation + 1,
    })
  }
}
