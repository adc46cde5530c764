import { makeStyles, tokens } from '@fluentui/react-components'
import { BodyEditor } from './body-editor.tsx'
import { InvocationBar } from '../features/invocation/invocation-bar.tsx'
import { RequestPanel } from '../features/request/request-panel.tsx'

const useStyles = makeStyles({
  layout: {
    minHeight: 0,
    display: 'grid',
    gridTemplateRows: 'auto 1fr',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gridTemplateAreas: '"bar bar" "body request"',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    '@media (max-width: 1100px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      gridTemplateRows: 'auto auto auto',
      gridTemplateAreas: '"bar" "body" "request"',
      overflowY: 'auto',
    },
  },
  bar: { gridArea: 'bar' },
  body: { gridArea: 'body', minHeight: 0, display: 'flex', flexDirection: 'column' },
  request: { gridArea: 'request', minHeight: 0, display: 'flex', flexDirection: 'column' },
})

export function ComposerLayout() {
  const styles = useStyles()
  return (
    <main className={styles.layout}>
      <div className={styles.bar}>
        <InvocationBar />
      </div>
      <div className={styles.body}>
        <BodyEditor />
      </div>
      <div className={styles.request}>
        <RequestPanel />
      </div>
    </main>
  )
}
