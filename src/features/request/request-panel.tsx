import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useMemo } from 'react'
import { useCardStyles } from '#src/components/ui/card-styles.ts'
import { useValidation } from '#src/features/open-draft/validation-context.tsx'
import { CodePanel } from './code-panel.tsx'
import { displayedRequest, maskDraft } from './displayed-request.ts'
import { useRequestId } from './request-id-context.ts'
import { useRequestMask } from './request-mask-context.ts'
import { RequestPreview } from './request-preview.tsx'
import { useRequestTarget } from './request-target-context.ts'
import { useSettledDraft } from './use-settled-draft.ts'

const useStyles = makeStyles({
  // Each card scrolls by itself; only when the column is too short for both does the panel scroll whole.
  panel: {
    flex: '1 1 auto',
    minHeight: 0,
    overflowY: 'auto',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  preview: { flex: '3 1 0', minHeight: '270px', display: 'flex', flexDirection: 'column' },
  code: { flex: '2 1 0', minHeight: '190px', display: 'flex', flexDirection: 'column' },
})

/** The right-hand column: the request preview on top, the equivalent code below, each scrolling alone. */
export function RequestPanel() {
  const styles = useStyles()
  const card = useCardStyles()
  const draft = useSettledDraft()
  const target = useRequestTarget()
  const clientRequestId = useRequestId()
  const mask = useRequestMask()
  const validationErrors = useValidation((v) => v.errors.length)
  const request = useMemo(
    () => displayedRequest(draft, target, clientRequestId, mask),
    [draft, target, clientRequestId, mask],
  )
  const shownDraft = useMemo(() => maskDraft(draft, mask), [draft, mask])
  return (
    <div className={styles.panel}>
      <RequestPreview
        request={request}
        validationErrors={validationErrors}
        className={mergeClasses(card.card, card.scrolls, styles.preview)}
      />
      <CodePanel
        draft={shownDraft}
        request={request}
        className={mergeClasses(card.card, card.scrolls, styles.code)}
      />
    </div>
  )
}
