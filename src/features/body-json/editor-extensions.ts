import { defaultKeymap, history, historyKeymap } from '@codemirror/commands'
import { json } from '@codemirror/lang-json'
import { bracketMatching, foldGutter, foldKeymap, indentOnInput, indentUnit } from '@codemirror/language'
import { lintGutter, lintKeymap } from '@codemirror/lint'
import { EditorState, type Extension } from '@codemirror/state'
import {
  crosshairCursor,
  drawSelection,
  dropCursor,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  highlightSpecialChars,
  keymap,
  lineNumbers,
  rectangularSelection,
} from '@codemirror/view'
import { fluentEditorTheme } from './editor-theme.ts'

/**
 * CodeMirror's basic setup for JSON, minus what the project does not ship (search, autocomplete) and minus
 * Tab indentation: Tab must keep moving focus, so indenting is Ctrl-] / Ctrl-[ (in the default keymap).
 */
export function editorExtensions(describedBy: string): Extension {
  return [
    lineNumbers(),
    highlightActiveLineGutter(),
    foldGutter(),
    lintGutter(),
    highlightSpecialChars(),
    history(),
    drawSelection(),
    dropCursor(),
    EditorState.allowMultipleSelections.of(true),
    indentOnInput(),
    bracketMatching(),
    rectangularSelection(),
    crosshairCursor(),
    highlightActiveLine(),
    json(),
    indentUnit.of('  '),
    keymap.of([...defaultKeymap, ...historyKeymap, ...foldKeymap, ...lintKeymap]),
    // tabindex adds no tab stop (contenteditable is one already) but tells checkers the scroller is reachable.
    EditorView.contentAttributes.of({
      'aria-label': 'BodyParameter',
      'aria-describedby': describedBy,
      tabindex: '0',
    }),
    fluentEditorTheme,
  ]
}
