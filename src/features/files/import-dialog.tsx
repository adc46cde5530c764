import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Radio,
  RadioGroup,
  Text,
  tokens,
} from '@fluentui/react-components'
import { useState } from 'react'
import type { JsonObject } from '#src/lib/json/json-value.ts'
import type { PendingImport } from './pending-import.ts'

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: { maxHeight: '50vh', overflowY: 'auto' },
  problem: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
})

export interface ImportDialogProps {
  pending: PendingImport | null
  onPick: (fileName: string, body: JsonObject) => void
  onReplace: (body: JsonObject) => void
  onNewDraft: (fileName: string, body: JsonObject) => void
  onClose: () => void
}

/** A bad file's message, the session to take from a Graph list, or whether to replace the body. */
export function ImportDialog({ pending, onPick, onReplace, onNewDraft, onClose }: ImportDialogProps) {
  const styles = useStyles()
  const [picked, setPicked] = useState(0)
  const title =
    pending?.kind === 'problem'
      ? 'The file could not be imported'
      : pending?.kind === 'pick'
        ? 'Pick a session'
        : pending?.kind === 'confirm' && pending.fromTarget
          ? 'Open the stored session'
          : 'Import the session'
  return (
    <Dialog open={pending !== null} onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent className={styles.content}>
            {pending?.kind === 'problem' && (
              <Text role="alert" className={styles.problem}>
                {pending.message} Nothing was changed.
              </Text>
            )}
            {pending?.kind === 'pick' && (
              <>
                <Text>
                  {pending.fileName} is a list of {pending.sessions.length} sessions from Graph. Which one?
                </Text>
                <RadioGroup
                  aria-label="Sessions in the file"
                  className={styles.list}
                  value={String(picked)}
                  onChange={(_, data) => setPicked(Number(data.value))}
                >
                  {pending.sessions.map((session, index) => (
                    <Radio key={index} value={String(index)} label={session.label} />
                  ))}
                </RadioGroup>
              </>
            )}
            {pending?.kind === 'confirm' && (
              <Text>
                {pending.fromGraph
                  ? `Graph’s response annotations (@odata.context…) were dropped; everything else is as ${pending.fromTarget ? 'stored' : 'in the file'}. `
                  : ''}
                Replace the current body with {pending.fileName} (Undo brings the current one back), or open
                it as a new draft and keep this one as it is?
              </Text>
            )}
          </DialogContent>
          <DialogActions>
            {pending?.kind === 'pick' && (
              <Button
                appearance="primary"
                onClick={() => {
                  const session = pending.sessions[picked] ?? pending.sessions[0]
                  setPicked(0)
                  if (session) onPick(pending.fileName, session.body)
                }}
              >
                Use this session
              </Button>
            )}
            {pending?.kind === 'confirm' && (
              <>
                <Button appearance="primary" onClick={() => onReplace(pending.body)}>
                  Replace the body
                </Button>
                <Button onClick={() => onNewDraft(pending.fileName, pending.body)}>
                  Open as a new draft
                </Button>
              </>
            )}
            <Button onClick={onClose}>{pending?.kind === 'problem' ? 'Close' : 'Cancel'}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  )
}
