import { makeStyles, tokens } from '@fluentui/react-components'
import { InvocationBar } from '#src/features/invocation-bar/invocation-bar.tsx'
import { ConfirmSwitch } from '#src/features/request/confirm-switch.tsx'
import { RequestPanel } from '#src/features/request/request-panel.tsx'
import { WhatIfButton } from '#src/features/request/what-if-button.tsx'
import { SendButton } from '#src/features/send/send-button.tsx'
import { SendResults } from '#src/features/send/send-results.tsx'
import { BodyEditor } from './body-editor.tsx'
import { useMediaQuery } from './use-media-query.ts'

// Wide screens get a third column for the response and the stored sessions; narrower ones stack them
// under the request as two tabs, so the preview keeps its height.
const WIDE = '(min-width: 1600px)'

const useStyles = makeStyles({
  layout: {
    minHeight: 0,
    display: 'grid',
    // The preview and the code get most of the column; results need little until something is sent.
    gridTemplateRows: 'auto minmax(0, 5fr) minmax(12rem, 2fr)',
    gridTemplateColumns: 'minmax(0, 3fr) minmax(0, 2fr)',
    gridTemplateAreas: '"bar bar" "body request" "body results"',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    [`@media ${WIDE}`]: {
      gridTemplateRows: 'auto 1fr',
      gridTemplateColumns: 'minmax(0, 5fr) minmax(0, 4fr) minmax(0, 3fr)',
      gridTemplateAreas: '"bar bar bar" "body request results"',
    },
    '@media (max-width: 1100px)': {
      gridTemplateColumns: 'minmax(0, 1fr)',
      // Stacked: each part gets a readable height and the page scrolls.
      gridTemplateRows: 'auto minmax(32rem, 80vh) minmax(24rem, auto) minmax(16rem, auto)',
      gridTemplateAreas: '"bar" "body" "request" "results"',
      overflowY: 'auto',
    },
  },
  bar: { gridArea: 'bar' },
  body: { gridArea: 'body', minHeight: 0, display: 'flex', flexDirection: 'column' },
  request: { gridArea: 'request', minHeight: 0, display: 'flex', flexDirection: 'column' },
  results: { gridArea: 'results', minHeight: 0, display: 'flex', flexDirection: 'column' },
})

export function ComposerLayout() {
  const styles = useStyles()
  const wide = useMediaQuery(WIDE)
  return (
    <main className={styles.layout}>
      <div className={styles.bar}>
        <InvocationBar
          actions={
            <>
              <WhatIfButton />
              <ConfirmSwitch />
              <SendButton />
            </>
          }
        />
      </div>
      <div className={styles.body}>
        <BodyEditor />
      </div>
      <div className={styles.request}>
        <RequestPanel />
      </div>
      <div className={styles.results}>
        <SendResults tabbed={!wide} />
      </div>
    </main>
  )
}
