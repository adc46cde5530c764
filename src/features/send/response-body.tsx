import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { useMemo } from 'react'
import { CopyButton } from '#src/components/ui/copy-button.tsx'
import { VirtualText } from '#src/components/ui/virtual-text.tsx'
import { useRequestMask } from '#src/features/request/request-mask-context.ts'
import { describeBody } from './describe-body.ts'
import { ResponseFacts } from './response-facts.tsx'

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minHeight: 0,
    flex: '1 1 auto',
  },
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  label: { fontWeight: tokens.fontWeightSemibold, marginRight: 'auto' },
  text: { flex: '1 1 160px', minHeight: '120px' },
  message: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' },
})

/**
 * The body as received: a created session pretty-printed losslessly, Graph's error code, message and
 * innerError verbatim, or anything else as plain text. Nothing here is ever rendered as HTML.
 */
export function ResponseBody({ text, ok }: { text: string; ok: boolean }) {
  const styles = useStyles()
  const maskBody = useRequestMask()?.maskBody
  const body = useMemo(() => describeBody(text, ok, maskBody), [text, ok, maskBody])
  // Presenter mode shows the answer masked; the clipboard gets it as received.
  const real = useMemo(() => (maskBody ? describeBody(text, ok) : null), [text, ok, maskBody])
  if (body.kind === 'empty') return <Text size={200}>No body.</Text>
  const shown = body.kind === 'text' ? body.text : body.pretty
  const copied = real && real.kind !== 'empty' ? (real.kind === 'text' ? real.text : real.pretty) : shown
  return (
    <div className={styles.root}>
      {body.kind === 'graphError' && (
        <ResponseFacts
          label="Graph error"
          facts={[
            ['code', body.error.code],
            ['message', <span className={styles.message}>{body.error.message || '(empty)'}</span>],
            ...(body.error.target ? [['target', body.error.target] as const] : []),
            ...Object.entries(body.error.innerError ?? {}).map(
              ([key, value]) =>
                [`innerError.${key}`, typeof value === 'string' ? value : JSON.stringify(value)] as const,
            ),
          ]}
        />
      )}
      <div className={styles.row}>
        <Text className={styles.label}>{body.kind === 'text' ? 'Body (text)' : 'Body'}</Text>
        <CopyButton what={real ? 'response body (real values)' : 'response body'} text={copied} />
      </div>
      <VirtualText text={shown} label="Response body" className={styles.text} />
    </div>
  )
}
