import { Button, makeStyles, Text, tokens, useId } from '@fluentui/react-components'
import { DeleteRegular, OpenRegular } from '@fluentui/react-icons'
import type { StoredSession } from '#src/features/graph/session-json.ts'

const useStyles = makeStyles({
  item: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} 0`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  text: { display: 'flex', flexDirection: 'column', minWidth: 0, marginRight: 'auto' },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground2 },
})

function describe(session: StoredSession): string {
  const when = session.startDateTime
    ? `${session.startDateTime} → ${session.endDateTime ?? '?'}`
    : 'no start time'
  const modalities = session.modalities.length ? session.modalities.join(', ') : 'no modalities'
  const segments =
    session.segmentCount === null
      ? ''
      : ` · ${session.segmentCount} ${session.segmentCount === 1 ? 'segment' : 'segments'}`
  return `${when} · ${modalities}${segments}`
}

interface SessionItemProps {
  session: StoredSession
  busy: boolean
  onOpen: () => void
  /** Absent where the target does not allow deleting (Graph documents no delete). */
  onDelete?: () => void
}

export function SessionItem({ session, busy, onOpen, onDelete }: SessionItemProps) {
  const styles = useStyles()
  const idId = useId('session')
  return (
    <li className={styles.item}>
      <div className={styles.text}>
        <span id={idId} className={styles.id}>
          {session.id}
        </span>
        <Text size={200} className={styles.meta}>
          {describe(session)}
        </Text>
      </div>
      <Button size="small" icon={<OpenRegular />} disabled={busy} aria-describedby={idId} onClick={onOpen}>
        Open
      </Button>
      {onDelete && (
        <Button
          size="small"
          icon={<DeleteRegular />}
          disabled={busy}
          aria-describedby={idId}
          onClick={onDelete}
        >
          Delete
        </Button>
      )}
    </li>
  )
}
