import { makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components'
import { useVisuallyHidden } from '#src/components/ui/visually-hidden.ts'
import type { BuiltRequest } from './build-request.ts'
import { RequestView } from './request-view.tsx'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: 0 },
  heading: { margin: 0 },
  view: { flex: '1 1 auto' },
})

export interface RequestPreviewProps {
  request: BuiltRequest
  real?: BuiltRequest | null
  validationErrors?: number
  quietTarget?: boolean
  /** In a tab named "Request" the heading is for screen readers only. */
  tabbed?: boolean
  className?: string
}

/** Always visible: what Send would send right now (the token redacted). */
export function RequestPreview({
  request,
  real,
  validationErrors,
  quietTarget,
  tabbed = false,
  className,
}: RequestPreviewProps) {
  const styles = useStyles()
  const hidden = useVisuallyHidden().hidden
  return (
    <section aria-label="Request preview" className={mergeClasses(styles.root, className)}>
      <Subtitle2 as="h2" className={tabbed ? hidden : styles.heading}>
        Request preview
      </Subtitle2>
      <RequestView
        request={request}
        real={real}
        validationErrors={validationErrors}
        quietTarget={quietTarget}
        className={styles.view}
      />
    </section>
  )
}
