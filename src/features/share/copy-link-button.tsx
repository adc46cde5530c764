import { Button } from '@fluentui/react-components'
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons'
import { useCopyFeedback } from '#src/components/ui/use-copy-feedback.ts'

/** "Copy link", saying "Copied" (to screen readers too) for a moment afterwards. */
export function CopyLinkButton({ url }: { url: string }) {
  const { state, copy } = useCopyFeedback()
  return (
    <>
      <Button
        appearance="primary"
        icon={state === 'copied' ? <CheckmarkRegular /> : <CopyRegular />}
        onClick={() => {
          copy(url)
        }}
      >
        {state === 'copied' ? 'Copied' : 'Copy link'}
      </Button>
      <span role="status" aria-live="polite">
        {state === 'copied'
          ? 'Link copied.'
          : state === 'failed'
            ? 'The browser refused to copy; select the link and copy it by hand.'
            : ''}
      </span>
    </>
  )
}
