import { Button, useRestoreFocusTarget } from '@fluentui/react-components'
import { EyeRegular } from '@fluentui/react-icons'
import { Suspense, useState } from 'react'
import { lazyPart, useOpenedOnce } from '#src/components/ui/lazy-part.ts'
import { useValidationStore } from '#src/features/open-draft/validation-context.tsx'
import { useCurrentRequest, type CurrentRequest } from './use-current-request.ts'

const whatIf = lazyPart(() => import('./what-if-dialog.tsx').then((m) => m.WhatIfDialog))

export interface WhatIfButtonProps {
  /** Runs before the request is read, e.g. to flush the JSON editor's pending text into the draft. */
  onBeforeOpen?: () => void
}

/** `-WhatIf`: says what would happen and shows the whole request. It sends nothing, ever. */
export function WhatIfButton({ onBeforeOpen }: WhatIfButtonProps) {
  const current = useCurrentRequest()
  const validation = useValidationStore()
  const restoreFocusTarget = useRestoreFocusTarget()
  const [shown, setShown] = useState<CurrentRequest | null>(null)
  const mounted = useOpenedOnce(shown !== null)
  return (
    <>
      <Button
        icon={<EyeRegular />}
        {...restoreFocusTarget}
        onPointerEnter={whatIf.prefetch}
        onFocus={whatIf.prefetch}
        onClick={() => {
          validation.markAttempted()
          onBeforeOpen?.()
          setShown(current())
        }}
      >
        What if
      </Button>
      {mounted && (
        <Suspense fallback={null}>
          <whatIf.Component shown={shown} onClose={() => setShown(null)} />
        </Suspense>
      )}
    </>
  )
}
