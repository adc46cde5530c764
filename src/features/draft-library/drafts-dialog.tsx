import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components'
import { AddRegular, DeleteRegular, FolderOpenRegular } from '@fluentui/react-icons'
import { AppDialog } from '#src/components/ui/app-dialog.tsx'
import { DraftRow } from './draft-row.tsx'
import { useDrafts, useDraftsSnapshot } from './drafts-context.ts'
import { useDraftList } from './use-draft-list.ts'

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, listStyle: 'none', maxHeight: '55vh', overflowY: 'auto' },
  broken: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
})

export interface DraftsDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
}

/** "Drafts": every saved draft, newest first; the one being edited is autosaved and marked. */
export function DraftsDialog({ open, onOpenChange }: DraftsDialogProps) {
  const styles = useStyles()
  const drafts = useDrafts()
  const { currentId, status } = useDraftsSnapshot()
  const list = useDraftList(open)
  const close = () => {
    onOpenChange(false)
  }
  return (
    <AppDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Drafts"
      size="wide"
      actions={
        <>
          <Button
            icon={<AddRegular />}
            disabled={status !== 'ready'}
            onClick={() => {
              void drafts.newDraft().then(close)
            }}
          >
            New draft
          </Button>
          <Button appearance="primary" onClick={close}>
            Close
          </Button>
        </>
      }
    >
      <Text>
        The draft you edit is saved in this browser as you type. Open another at any time; nothing is lost.
      </Text>
      {status === 'unavailable' && (
        <MessageBar intent="warning">
          <MessageBarBody>
            This browser does not let the app store drafts. Use Export to keep your work.
          </MessageBarBody>
        </MessageBar>
      )}
      {list === null ? (
        <Spinner size="small" label="Reading drafts…" />
      ) : (
        <ul className={styles.list} aria-label="Saved drafts">
          {list.map((item) =>
            item.ok ? (
              <DraftRow
                key={item.summary.id}
                summary={item.summary}
                current={item.summary.id === currentId}
                onOpen={() => {
                  void drafts.open(item.summary.id).then((opened) => opened && close())
                }}
                onRename={(name) => void drafts.rename(item.summary.id, name)}
                onDuplicate={() => void drafts.duplicate(item.summary.id)}
                onDelete={() => void drafts.remove(item.summary.id)}
              />
            ) : (
              <li key={item.id} className={styles.broken} aria-label="Unreadable draft">
                <Text>Unreadable draft: {item.problem}</Text>
                <Button
                  size="small"
                  icon={<FolderOpenRegular />}
                  onClick={() => {
                    void drafts.open(item.id).then((opened) => opened && close())
                  }}
                >
                  Try to open
                </Button>
                <Button size="small" icon={<DeleteRegular />} onClick={() => void drafts.remove(item.id)}>
                  Delete
                </Button>
              </li>
            ),
          )}
        </ul>
      )}
    </AppDialog>
  )
}
