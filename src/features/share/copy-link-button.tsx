import { Button } from '@fluentui/react-components'
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons'
import { useEffect, useState } from 'react'
import { copyToClipboard } from '../../components/ui/copy-to-clipboard.ts'

/** "Copy link", saying "Copied" (to screen readers too) for a moment afterwards. */
export function CopyLinkButton({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')
  useEffect(() => {
    if (state === 'idle') return
    const timer = setTimeout(() => {
      setState('idle')
    }, 2000)
    return () => {
      clearTimeout(timer)
    }
  }, [state])
  return (
    <>
      <Button
        appearance="primary"
        icon={state === 'copied' ? <CheckmarkRegular /> : <CopyRegular />}
        onClick={() => {
          copyToClipboard(url).then(
            () => {
              setState('copied')
            },
            () => {
              setState('failed')
            },
          )
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
