import { StateEffect, StateField } from '@codemirror/state'
import { Decoration, EditorView, WidgetType, type DecorationSet } from '@codemirror/view'
import type { MaskedSpan } from './masked-spans.ts'

class MaskedText extends WidgetType {
  constructor(readonly shown: string) {
    super()
  }

  override eq(other: MaskedText): boolean {
    return other.shown === this.shown
  }

  override toDOM(): HTMLElement {
    const span = document.createElement('span')
    span.className = 'cm-masked'
    span.title = 'Masked while presenting'
    span.textContent = this.shown
    return span
  }
}

/** Replaces what the editor draws for these spans (the text itself, and Copy, keep the real values). */
export const showMasked = StateEffect.define<readonly MaskedSpan[]>()

function decorations(spans: readonly MaskedSpan[], length: number): DecorationSet {
  return Decoration.set(
    spans
      .filter((span) => span.to <= length && span.from < span.to)
      .map((span) => Decoration.replace({ widget: new MaskedText(span.shown) }).range(span.from, span.to)),
  )
}

/**
 * Presenter mode in the JSON editor: identifiers are drawn masked, as atomic ranges (the cursor steps over
 * them; select and retype to change one). Edits move them along until the next sync redraws them.
 */
export const maskedValues = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(value, transaction) {
    let next = value.map(transaction.changes)
    for (const effect of transaction.effects)
      if (effect.is(showMasked)) next = decorations(effect.value, transaction.state.doc.length)
    return next
  },
  provide: (field) => [
    EditorView.decorations.from(field),
    EditorView.atomicRanges.of((view) => view.state.field(field)),
  ],
})
