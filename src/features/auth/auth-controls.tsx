import {
  Button,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
  Tooltip,
} from '@fluentui/react-components'
import { DismissRegular, PersonCircleRegular, PersonRegular, SignOutRegular } from '@fluentui/react-icons'
import { useRef, useState, type ReactNode } from 'react'
import { useAuth } from './auth-context.ts'

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0, lineHeight: tokens.lineHeightBase200 },
  line: { whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis', maxWidth: '16em' },
  name: { fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground2 },
  username: {
    // The header is crowded below this width: the name stays, the login moves to the tooltip.
    '@media (max-width: 1439px)': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      overflow: 'hidden',
      clipPath: 'inset(50%)',
    },
  },
  icon: { fontSize: '24px', flexShrink: 0, color: tokens.colorBrandForeground1 },
  // Under the header's right end, over the panes, until dismissed: the header itself never grows for it.
  message: {
    position: 'absolute',
    top: 'calc(100% + 4px)',
    right: tokens.spacingHorizontalL,
    zIndex: 10,
    maxWidth: 'min(36em, calc(100vw - 32px))',
    boxShadow: tokens.shadow16,
  },
})

export interface AuthControlsProps {
  /** Where Send goes, shown under the account at all times (the app knows the targets' names). */
  target?: ReactNode
  /** Presenter mode: how the account's name and login show on a projector. */
  mask?: (kind: 'name' | 'upn', text: string) => string
}

/**
 * The header's account: who is signed in (or that nobody is) and where Send goes; Sign in, which can be
 * cancelled while its window is open, and Sign out. What went wrong shows under the header until dismissed.
 */
export function AuthControls({ target, mask }: AuthControlsProps) {
  const styles = useStyles()
  const auth = useAuth()
  const [busy, setBusy] = useState<'signIn' | 'signOut' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [dismissed, setDismissed] = useState<string | null>(null)
  const cancel = useRef<AbortController | null>(null)
  const run = (kind: 'signIn' | 'signOut') => {
    const controller = new AbortController()
    cancel.current = controller
    setBusy(kind)
    setError(null)
    const action = kind === 'signIn' ? auth.signIn(controller.signal) : auth.signOut()
    action
      .catch((reason: unknown) => {
        setError(reason instanceof Error ? reason.message : 'Sign-in failed.')
      })
      .finally(() => {
        if (cancel.current === controller) cancel.current = null
        setBusy(null)
      })
  }
  const unavailable = auth.status === 'failed' || auth.status === 'unavailable' ? auth.problem : null
  const problem = error ?? unavailable
  const message = problem ?? auth.notice
  const signedIn = auth.account
  const account =
    signedIn && mask
      ? {
          ...signedIn,
          name: signedIn.name && mask('name', signedIn.name),
          username: mask('upn', signedIn.username),
        }
      : signedIn
  const whoLabel = account ? 'Signed-in account' : 'Account'
  return (
    <div className={styles.root}>
      {account ? <PersonCircleRegular className={styles.icon} aria-hidden /> : null}
      <div className={styles.who} role="group" aria-label={whoLabel} title={account?.username}>
        <Text size={200} className={mergeClasses(styles.line, account ? styles.name : styles.muted)}>
          {account ? (account.name ?? account.username) : 'Not signed in'}
        </Text>
        {account?.name ? (
          <Text size={200} className={mergeClasses(styles.line, styles.muted, styles.username)}>
            {account.username}
          </Text>
        ) : null}
        {target ? (
          <Text size={200} className={mergeClasses(styles.line, styles.muted)}>
            {target}
          </Text>
        ) : null}
      </div>
      {busy === 'signIn' ? (
        <>
          <Spinner size="extra-tiny" label="Signing in…" />
          <Button appearance="subtle" icon={<DismissRegular />} onClick={() => cancel.current?.abort()}>
            Cancel sign-in
          </Button>
        </>
      ) : account ? (
        <Tooltip
          content="Sign out here and at the sign-in server, so the next sign-in can be someone else"
          relationship="description"
        >
          <Button
            appearance="subtle"
            icon={<SignOutRegular />}
            disabled={busy !== null}
            onClick={() => run('signOut')}
          >
            Sign out
          </Button>
        </Tooltip>
      ) : (
        <Button
          appearance="primary"
          icon={<PersonRegular />}
          disabled={busy !== null || auth.status !== 'ready'}
          onClick={() => run('signIn')}
        >
          Sign in
        </Button>
      )}
      {message && message !== dismissed ? (
        <MessageBar
          className={styles.message}
          intent={problem ? 'error' : 'info'}
          layout="multiline"
          role={problem ? 'alert' : 'status'}
        >
          <MessageBarBody>{message}</MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label="Dismiss"
                icon={<DismissRegular />}
                onClick={() => {
                  setDismissed(message)
                  setError(null)
                  auth.dismissNotice()
                }}
              />
            }
          />
        </MessageBar>
      ) : null}
    </div>
  )
}
