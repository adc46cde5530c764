import { makeStyles, mergeClasses, Spinner, Subtitle2, Text, tokens } from '@fluentui/react-components'
import { Suspense } from 'react'
import { lazyPart } from '#src/components/ui/lazy-part.ts'
import { useVisuallyHidden } from '#src/components/ui/visually-hidden.ts'
import { useRequestTarget } from '#src/features/request/request-target-context.ts'
import { hostOf } from './host-of.ts'
import { ResponseProgress } from './response-progress.tsx'
import { useSend } from './send-context.ts'

// Needed only once something was sent; loaded then (or earlier, see prefetchResponseViews).
const answer = lazyPart(() => import('./response-answer.tsx').then((m) => m.ResponseAnswer))
const failure = lazyPart(() => import('./response-failure.tsx').then((m) => m.ResponseFailure))
const ResponseAnswer = answer.Component
const ResponseFailure = failure.Component

/** Starts loading the answer views while the user is on the way to Send (hover, focus). */
export function prefetchResponseViews(): void {
  answer.prefetch()
  failure.prefetch()
}

const useStyles = makeStyles({
  root: {
    flex: '1 1 auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minHeight: 0,
  },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
})

/** What the last Send got back: the answer, how many attempts it took, or why there was none. */
export function ResponsePanel({ className, tabbed = false }: { className?: string; tabbed?: boolean }) {
  const styles = useStyles()
  const hidden = useVisuallyHidden().hidden
  const { run, cancel } = useSend()
  const target = useRequestTarget()
  return (
    <section aria-label="Response" className={mergeClasses(styles.root, className)}>
      <Subtitle2 as="h2" className={tabbed ? hidden : styles.heading}>
        Response
      </Subtitle2>
      {run.status === 'idle' && (
        <Text size={200} className={styles.hint}>
          Nothing sent yet. Send posts the request to {hostOf(target.baseUrl)} and shows the answer here.
        </Text>
      )}
      {run.status === 'pending' && (
        <ResponseProgress progress={run.progress} progressAt={run.progressAt} onCancel={cancel} />
      )}
      <Suspense fallback={<Spinner size="tiny" label="Loading the answer…" />}>
        {run.status === 'answered' && <ResponseAnswer request={run.request} result={run.result} />}
        {run.status === 'failed' && <ResponseFailure run={run} />}
      </Suspense>
    </section>
  )
}
