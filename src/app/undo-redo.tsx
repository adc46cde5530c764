import { Button, makeStyles, tokens, Tooltip } from '@fluentui/react-components'
import { ArrowRedoRegular, ArrowUndoRegular } from '@fluentui/react-icons'
import { useCallback, useEffect, useState } from 'react'
import { useVisuallyHidden } from '#src/components/ui/visually-hidden.ts'
import { useDraftHistory, useHistorySnapshot } from '#src/features/open-draft/history-context.ts'
import { historyCommandOf, type HistoryCommand } from './undo-shortcuts.ts'

const useStyles = makeStyles({
  group: { display: 'flex', gap: tokens.spacingHorizontalXXS, flexShrink: 0 },
})

const NAMES = { undo: 'Undo', redo: 'Redo' } as const
const SHORTCUTS = { undo: 'Ctrl+Z', redo: 'Ctrl+Shift+Z or Ctrl+Y' } as const

/**
 * The header's Undo and Redo, and their shortcuts. The panes remount with the state put back; the field that
 * had the focus gets it again, and a screen reader hears what was undone.
 */
export function UndoRedo() {
  const styles = useStyles()
  const hidden = useVisuallyHidden().hidden
  const history = useDraftHistory()
  const steps = useHistorySnapshot()
  const [said, setSaid] = useState('')
  const run = useCallback(
    (command: HistoryCommand) => {
      const label = history.getSnapshot()[command]
      if (label === null) return
      const focused = document.activeElement?.id
      if (command === 'undo') history.undo()
      else history.redo()
      setSaid(`${command === 'undo' ? 'Undone' : 'Redone'}: ${label}`)
      // Once the panes have remounted with what was put back.
      requestAnimationFrame(() => {
        const again = focused ? document.getElementById(focused) : null
        if (again && document.activeElement !== again) again.focus()
      })
    },
    [history],
  )
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const command = historyCommandOf(event)
      if (!command) return
      event.preventDefault()
      run(command)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [run])
  return (
    <div className={styles.group} role="group" aria-label="History">
      {(['undo', 'redo'] as const).map((command) => {
        const label = steps[command]
        return (
          <Tooltip
            key={command}
            content={label ? `${NAMES[command]} ${label} (${SHORTCUTS[command]})` : `Nothing to ${command}`}
            relationship="description"
          >
            <Button
              appearance="subtle"
              icon={command === 'undo' ? <ArrowUndoRegular /> : <ArrowRedoRegular />}
              aria-label={NAMES[command]}
              aria-keyshortcuts={command === 'undo' ? 'Control+Z' : 'Control+Shift+Z Control+Y'}
              disabledFocusable={label === null}
              onClick={() => run(command)}
            />
          </Tooltip>
        )
      })}
      <span role="status" className={hidden}>
        {said}
      </span>
    </div>
  )
}
