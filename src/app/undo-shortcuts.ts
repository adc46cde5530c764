export type HistoryCommand = 'undo' | 'redo'

/**
 * Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (⌘ on a Mac), everywhere in the composer — form inputs
 * included, since their own undo cannot reach a removed segment and is lost whenever an input remounts.
 * Two places keep theirs: the JSON editor (CodeMirror's history knows the cursor and each change of the
 * text) and dialogs (their fields are not the draft).
 */
export function historyCommandOf(event: KeyboardEvent): HistoryCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.defaultPrevented) return null
  const key = event.key.toLowerCase()
  const command =
    key === 'z' ? (event.shiftKey ? 'redo' : 'undo') : key === 'y' && !event.shiftKey ? 'redo' : null
  if (!command) return null
  const target = event.target instanceof Element ? event.target : null
  if (target?.closest('.cm-editor, [role="dialog"], [role="alertdialog"]')) return null
  return command
}
