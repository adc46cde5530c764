import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  tokens,
} from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { useDrafts, useDraftsSnapshot } from './drafts-context.ts'

const useStyles = makeStyles({
  stack: {
    position: 'fixed',
    left: tokens.spacingHorizontalL,
    bottom: tokens.spacingVerticalL,
    zIndex: 1000,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    maxWidth: 'min(640px, calc(100vw - 32px))',
  },
})

/** What went wrong with storage (a damaged draft, a failed autosave), until dismissed. */
export function DraftsNotices() {
  const styles = useStyles()
  const drafts = useDrafts()
  const { notices } = useDraftsSnapshot()
  return (
    <div className={styles.stack} role="region" aria-label="Draft messages">
      {notices.map((notice) => (
        <MessageBar key={notice.id} intent={notice.intent} layout="multiline">
          <MessageBarBody>{notice.text}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label="Dismiss"
                icon={<DismissRegular />}
                onClick={() => {
                  drafts.dismiss(notice.id)
                }}
              />
            }
          />
        </MessageBar>
      ))}
    </div>
  )
}
