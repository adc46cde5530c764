import { Button } from '@fluentui/react-components'
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons'
import { useCopyFeedback } from './use-copy-feedback.ts'
import { useVisuallyHidden } from './visually-hidden.ts'

export interface CopyButtonProps {
  /** The text, or a function for text that is costly to build (called only on click). */
  text: string | (() => string)
  /** What is copied, for the accessible name: "URL" gives "Copy URL". */
  what: string
}

export function CopyButton({ text, what }: CopyButtonProps) {
  const hidden = useVisuallyHidden().hidden
  const { state, copy } = useCopyFeedback()
  return (
    <>
      <Button
        size="small"
        appearance="subtle"
        icon={state === 'copied' ? <CheckmarkRegular /> : <CopyRegular />}
        aria-label={`Copy ${what}`}
        title={`Copy ${what}`}
        onClick={() => {
          copy(typeof text === 'string' ? text : text())
        }}
      />
      <span role="status" className={hidden}>
        {state === 'copied' ? `${what} copied` : state === 'failed' ? `Could not copy the ${what}` : ''}
      </span>
    </>
  )
}
