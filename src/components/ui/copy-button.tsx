import { Button, makeStyles } from '@fluentui/react-components'
import { CheckmarkRegular, CopyRegular } from '@fluentui/react-icons'
import { useEffect, useState } from 'react'
import { copyToClipboard } from './copy-to-clipboard.ts'

const useStyles = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
})

export interface CopyButtonProps {
  /** The text, or a function for text that is costly to build (called only on click). */
  text: string | (() => string)
  /** What is copied, for the accessible name: "URL" gives "Copy URL". */
  what: string
}

export function CopyButton({ text, what }: CopyButtonProps) {
  const styles = useStyles()
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
        size="small"
        appearance="subtle"
        icon={state === 'copied' ? <CheckmarkRegular /> : <CopyRegular />}
        aria-label={`Copy ${what}`}
        title={`Copy ${what}`}
        onClick={() => {
          copyToClipboard(typeof text === 'string' ? text : text()).then(
            () => {
              setState('copied')
            },
            () => {
              setState('failed')
            },
          )
        }}
      />
      <span role="status" className={styles.hidden}>
        {state === 'copied' ? `${what} copied` : state === 'failed' ? `Could not copy the ${what}` : ''}
      </span>
    </>
  )
}
