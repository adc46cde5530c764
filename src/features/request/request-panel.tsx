import { makeStyles, mergeClasses } from '@fluentui/react-components'
import { useCardStyles } from '#src/components/ui/card-styles.ts'
import { useValidation } from '#src/features/open-draft/validation-context.tsx'
import { CodePanel } from './code-panel.tsx'
import { RequestPreview } from './request-preview.tsx'
import { useDisplayedRequest } from './use-displayed-request.ts'

const useStyles = makeStyles({
  fill: { flex: '1 1 auto', minHeight: 0, display: 'flex', flexDirection: 'column' },
})

export interface PanelCardProps {
  /** Without its own card, where a tab panel already is one. */
  bare?: boolean
  className?: string
}

/** What Send would send right now; the body scrolls inside. */
export function RequestPreviewCard({ bare = false, className }: PanelCardProps) {
  const styles = useStyles()
  const card = useCardStyles()
  const { request, real, validationErrors } = useDisplayedRequest()
  const attempted = useValidation((v) => v.attempted)
  return (
    <RequestPreview
      request={request}
      real={real?.request}
      validationErrors={validationErrors}
      quietTarget={!attempted}
      tabbed={bare}
      className={mergeClasses(!bare && card.card, !bare && card.scrolls, styles.fill, className)}
    />
  )
}

/** The same request as PowerShell, curl and fetch. */
export function CodeCard({ bare = false, className }: PanelCardProps) {
  const styles = useStyles()
  const card = useCardStyles()
  const { draft, request, real } = useDisplayedRequest()
  return (
    <CodePanel
      draft={draft}
      request={request}
      real={real}
      className={mergeClasses(!bare && card.card, !bare && card.scrolls, styles.fill, className)}
    />
  )
}
