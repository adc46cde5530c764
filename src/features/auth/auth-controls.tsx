import { Button, makeStyles, Text, tokens, Tooltip } from '@fluentui/react-components'
import { PersonCircleRegular, PersonRegular, SignOutRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useAuth } from './auth-context.ts'

const useStyles = makeStyles({
  root: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  who: { display: 'flex', flexDirection: 'column', minWidth: 0, lineHeight: tokens.lineHeightBase200 },
  name: {
    fontWeight: tokens.fontWeightSemibold,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  username: {
    color: tokens.colorNeutralForeground2,
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    // The header is crowded below this width: the name stays, the login moves to the tooltip.
    '@media (max-width: 1439px)': {
      position: 'absolute',
      width: '1px',
      height: '1px',
      clipPath: 'inset(50%)',
    },
  },
  error: { color: tokens.colorPaletteRedForeground1, maxWidth: '28em' },
  icon: { fontSize: '24px', flexShrink: 0, color: tokens.colorBrandForeground1 },
})

/** The header's "Sign in" / "Sign out" and who is signed in. */
export function AuthControls() {
  const styles = useStyles()
  const auth = useAuth()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const run = (action: () => Promise<void>) => {
    setBusy(true)
    setError(null)
    action()
      .catch((reason: unknown) => {
        setError(reason instanceof Error ? reason.message : 'Sign-in failed.')
      })
      .finally(() => {
        setBusy(false)
      })
  }
  const problem = error ?? (auth.status === 'failed' || auth.status === 'unavailable' ? auth.problem : null)
  const account = auth.account
  return (
    <div className={styles.root}>
      {problem && (
        <Text size={200} role="alert" className={styles.error}>
          {problem}
        </Text>
      )}
      {account ? (
        <>
          <PersonCircleRegular className={styles.icon} aria-hidden />
          <div className={styles.who} role="group" aria-label="Signed-in account" title={account.username}>
            <Text size={200} className={styles.name}>
              {account.name ?? account.username}
            </Text>
            {account.name && (
              <Text size={200} className={styles.username}>
                {account.username}
              </Text>
            )}
          </div>
          <Tooltip content="Sign out of this app (the token cache is cleared)" relationship="description">
            <Button
              appearance="subtle"
              icon={<SignOutRegular />}
              disabled={busy}
              onClick={() => run(auth.signOut)}
            >
              Sign out
            </Button>
          </Tooltip>
        </>
      ) : (
        <Button
          appearance="primary"
          icon={<PersonRegular />}
          disabled={busy || auth.status !== 'ready'}
          onClick={() => run(auth.signIn)}
        >
          Sign in
        </Button>
      )}
    </div>
  )
}
