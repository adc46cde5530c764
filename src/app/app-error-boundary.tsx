import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components'
import { Component, useEffect, useRef, type ErrorInfo, type ReactNode } from 'react'
import { retryFailedDownloads } from '#src/components/ui/lazy-part.ts'

const useStyles = makeStyles({
  page: {
    height: '100dvh',
    display: 'grid',
    placeItems: 'center',
    padding: tokens.spacingHorizontalXXL,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  // Plain parts already in the first download: this must show even when nothing more can be downloaded.
  card: {
    maxWidth: '720px',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalXL,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorStatusDangerBorderActive}`,
    boxShadow: tokens.shadow4,
  },
  title: { margin: 0 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS },
  detail: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
})

/** What the user sees instead of a blank page: what failed, that the draft is safe, and a way back. */
export function AppFailure({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const styles = useStyles()
  const message = error instanceof Error ? error.message : String(error)
  const reload = useRef<HTMLButtonElement>(null)
  // What had the focus is gone: the way out gets it, so a keyboard or screen reader user lands on the message.
  useEffect(() => {
    reload.current?.focus()
  }, [])
  return (
    <main className={styles.page}>
      <div role="alert" className={styles.card}>
        <Subtitle2 as="h1" className={styles.title}>
          Session Composer stopped
        </Subtitle2>
        <p className={styles.title}>
          <span className={styles.detail}>{message}</span>
        </p>
        <p className={styles.title}>
          Your draft is saved in this browser: reloading the page brings it back. If a part of the app could
          not be downloaded, check that the server started by <code>npm start</code> is still running.
        </p>
        <div className={styles.actions}>
          <Button ref={reload} appearance="primary" onClick={() => window.location.reload()}>
            Reload
          </Button>
          {onRetry && <Button onClick={onRetry}>Try again</Button>}
        </div>
      </div>
    </main>
  )
}

interface State {
  error: unknown
}

/**
 * Catches what would otherwise unmount the whole app and leave a blank page: a render error, or a part
 * that failed to download. It sits inside the stores and the autosave, so the draft keeps being saved.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error ?? new Error('Unknown error') }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // The stack of components, not the draft: nothing personal goes to the console.
    console.error('[session composer]', error, info.componentStack)
  }

  override render(): ReactNode {
    if (this.state.error === null) return this.props.children
    const retry = () => {
      retryFailedDownloads()
      this.setState({ error: null })
    }
    return <AppFailure error={this.state.error} onRetry={retry} />
  }
}
