import { Badge, Button, Input, makeStyles, Text, tokens } from '@fluentui/react-components'
import { CopyRegular, DeleteRegular, FolderOpenRegular, RenameRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import type { DraftSummary } from './draft-repository.ts'

const useStyles = makeStyles({
  row: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr) auto',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  nameInput: { flex: '1 1 auto', minWidth: '12em' },
  meta: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap', justifyContent: 'flex-end' },
})

export interface DraftRowProps {
  summary: DraftSummary
  current: boolean
  onOpen: () => void
  onRename: (name: string) => void
  onDuplicate: () => void
  onDelete: () => void
}

/** One saved draft: open, rename in place, duplicate, delete (asked twice; the draft being edited cannot go). */
export function DraftRow({ summary, current, onOpen, onRename, onDuplicate, onDelete }: DraftRowProps) {
  const styles = useStyles()
  const [mode, setMode] = useState<'idle' | 'renaming' | 'deleting'>('idle')
  const [name, setName] = useState(summary.name)
  const saved = new Date(summary.savedAt).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  const meta = [
    summary.parameterSet,
    summary.callRecordId || 'no CallRecordId',
    formatChars(summary.size),
    `saved ${saved}`,
  ]
  return (
    <li className={styles.row} aria-label={summary.name}>
      {mode === 'renaming' ? (
        <form
          className={styles.name}
          onSubmit={(event) => {
            event.preventDefault()
            if (name.trim()) onRename(name.trim())
            setMode('idle')
          }}
        >
          <Input
            aria-label="Draft name"
            className={styles.nameInput}
            value={name}
            autoFocus
            onChange={(_, data) => setName(data.value)}
          />
          <Button type="submit" appearance="primary" size="small">
            Save name
          </Button>
          <Button size="small" onClick={() => setMode('idle')}>
            Cancel
          </Button>
        </form>
      ) : (
        <div>
          <div className={styles.name}>
            <Text weight="semibold" truncate wrap={false}>
              {summary.name}
            </Text>
            {current && <Badge appearance="tint">editing</Badge>}
          </div>
          <Text size={200} className={styles.meta}>
            {meta.join(' · ')}
          </Text>
        </div>
      )}
      <div className={styles.actions}>
        {mode === 'deleting' ? (
          <>
            <Text size={200}>Delete for good?</Text>
            <Button size="small" appearance="primary" onClick={onDelete}>
              Delete
            </Button>
            <Button size="small" onClick={() => setMode('idle')}>
              Keep
            </Button>
          </>
        ) : (
          mode === 'idle' && (
            <>
              <Button size="small" icon={<FolderOpenRegular />} disabled={current} onClick={onOpen}>
                Open
              </Button>
              <Button size="small" icon={<RenameRegular />} onClick={() => setMode('renaming')}>
                Rename
              </Button>
              <Button size="small" icon={<CopyRegular />} onClick={onDuplicate}>
                Duplicate
              </Button>
              <Button
                size="small"
                icon={<DeleteRegular />}
                disabledFocusable={current}
                onClick={() => setMode('deleting')}
              >
                Delete
              </Button>
            </>
          )
        )}
      </div>
    </li>
  )
}

function formatChars(size: number): string {
  return size < 1024
    ? `${size} B`
    : size < 1024 * 1024
      ? `${(size / 1024).toFixed(1)} KB`
      : `${(size / 1024 / 1024).toFixed(1)} MB`
}
