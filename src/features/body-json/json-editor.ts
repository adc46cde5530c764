import { isolateHistory } from '@codemirror/commands'
import { setDiagnostics } from '@codemirror/lint'
import { Annotation, EditorState } from '@codemirror/state'
import { EditorView, type ViewUpdate } from '@codemirror/view'
import type { BodyMask } from '#src/features/open-draft/body-mask.ts'
import type { DraftStore } from '#src/features/open-draft/draft-store.ts'
import type { ValidationStore } from '#src/features/open-draft/validation-store.ts'
import { bodyToText } from '#src/features/parameter-sets/body-text.ts'
import { CursorPosition } from './cursor-position.ts'
import { DiagnosticsFeed } from './diagnostics-feed.ts'
import { DraftTextBinding } from './draft-text-binding.ts'
import { editorExtensions } from './editor-extensions.ts'
import { maskedValues, showMasked } from './mask-decorations.ts'
import { maskedSpans } from './masked-spans.ts'
import { minimalChange } from './minimal-change.ts'

const fromStore = Annotation.define<true>()

/**
 * One CodeMirror view bound to the draft. Created once per mount and never re-created: a body from outside
 * is applied as a change, so a 4 MB document is laid out once.
 */
export class JsonEditor {
  readonly view: EditorView
  readonly cursor = new CursorPosition()
  private readonly binding: DraftTextBinding
  private readonly feed: DiagnosticsFeed
  private readonly cleanups: (() => void)[] = []
  private mask: BodyMask | null = null
  private masked = false

  constructor(
    parent: HTMLElement,
    private readonly draft: DraftStore,
    validation: ValidationStore,
    describedBy: string,
  ) {
    const listener = EditorView.updateListener.of((update) => {
      this.updated(update)
    })
    const doc = draft.getState().bodyText ?? ''
    this.view = new EditorView({
      parent,
      state: EditorState.create({ doc, extensions: [editorExtensions(describedBy), maskedValues, listener] }),
    })
    this.binding = new DraftTextBinding(draft, {
      version: () => this.view.state.doc,
      text: () => this.view.state.doc.toString(),
      replace: (text) => {
        this.replace(text, true)
      },
    })
    this.feed = new DiagnosticsFeed(draft, validation, this.binding, (diagnostics) => {
      this.view.dispatch(setDiagnostics(this.view.state, diagnostics))
    })
    this.flushOnLeave()
    this.cleanups.push(
      draft.subscribe(() => {
        this.redrawMask()
      }),
    )
  }

  /** Presenter mode: identifiers drawn masked (null draws the text as it is). */
  setMask(mask: BodyMask | null): void {
    this.mask = mask
    this.redrawMask()
  }

  /** Once the store holds the editor's text, parsed: the spans are found in that text. */
  private redrawMask(): void {
    if (!this.mask && !this.masked) return
    const { bodyText, bodyTextProblem, body } = this.draft.getState()
    const text = this.view.state.doc.toString()
    if (this.mask && (bodyText !== text || bodyTextProblem)) return
    const spans = this.mask ? maskedSpans(text, body, this.mask.maskBody) : []
    this.masked = spans.length > 0
    this.view.dispatch({ effects: showMasked.of(spans) })
  }

  /** Pretty-prints through the lossless tree (never JSON.parse); false while the text is not a session. */
  format(): boolean {
    this.binding.flush()
    const { bodyText, bodyTextProblem, body } = this.draft.getState()
    if (bodyText === null || bodyTextProblem) return false
    this.replace(bodyToText(body), false)
    this.binding.flush()
    return true
  }

  /** The text as shown (which the draft holds once typing pauses). */
  text(): string {
    return this.view.state.doc.toString()
  }

  destroy(): void {
    this.cleanups.forEach((cleanup) => cleanup())
    this.feed.dispose()
    this.binding.dispose()
    this.view.destroy()
  }

  /** An outside body is one undo step of its own: undoing it brings back what was typed before. */
  private replace(text: string, external: boolean): void {
    const changes = minimalChange(this.view.state.doc.toString(), text)
    if (!changes) return
    this.view.dispatch(
      external
        ? { changes, annotations: [fromStore.of(true), isolateHistory.of('full')] }
        : { changes, userEvent: 'input.format' },
    )
  }

  private updated(update: ViewUpdate): void {
    const { state } = update
    if (update.docChanged && !update.transactions.some((tr) => tr.annotation(fromStore))) {
      this.binding.edited(state.doc.length)
    }
    if (update.docChanged || update.selectionSet) {
      const head = state.selection.main.head
      const line = state.doc.lineAt(head)
      this.cursor.moveTo(line.number, head - line.from + 1)
    }
  }

  /**
   * The store must hold the latest text before anything else reads it. Leaving the editor (focus out),
   * pressing anything outside it (even controls that keep focus where it is), a click without a pointer
   * (assistive technology) and hiding the page all flush synchronously, before their own handlers run.
   */
  private flushOnLeave(): void {
    const flush = () => {
      this.binding.flush()
    }
    const flushOutside = (event: Event) => {
      if (!(event.target instanceof Node && this.view.dom.contains(event.target))) flush()
    }
    this.listen(this.view.dom, 'focusout', flush)
    this.listen(document, 'pointerdown', flushOutside, true)
    this.listen(document, 'click', flushOutside, true)
    this.listen(document, 'visibilitychange', flush)
    this.listen(window, 'pagehide', flush)
    this.cleanups.push(this.draft.registerFlush(flush))
  }

  private listen(target: EventTarget, type: string, listener: (event: Event) => void, capture = false): void {
    target.addEventListener(type, listener, capture)
    this.cleanups.push(() => {
      target.removeEventListener(type, listener, capture)
    })
  }
}
