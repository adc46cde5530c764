import { makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import type { BuiltRequest } from './build-request.ts'
import { RequestView } from './request-view.tsx'
import { performingText, whatIfText } from './what-if.ts'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minHeight: 0 },
  sentence: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    overflowWrap: 'anywhere',
    padding: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2, color: tokens.colorPaletteRedForeground1 },
})

export interface OperationSummaryProps {
  request: BuiltRequest
  real?: BuiltRequest | null
  /** -WhatIf says "What if: Performing…"; -Confirm asks about "Performing…" itself. */
  mode?: 'whatIf' | 'confirm'
  /** Under the sentence, e.g. PowerShell's choices. */
  after?: ReactNode
  validationErrors?: number
  bodyLabel?: string
  className?: string
}

/** What the cmdlet says it is about to do, in its own words, and the full request (What if, Confirm). */
export function OperationSummary({
  request,
  real,
  mode = 'whatIf',
  after,
  validationErrors,
  bodyLabel,
  className,
}: OperationSummaryProps) {
  const styles = useStyles()
  const text = mode === 'whatIf' ? whatIfText(request) : performingText(request)
  return (
    <div className={mergeClasses(styles.root, className)}>
      <Text as="p" className={mergeClasses(styles.sentence, !text.ok && styles.error)}>
        {text.ok ? text.sentence : text.error}
        {after}
      </Text>
      <RequestView request={request} real={real} validationErrors={validationErrors} bodyLabel={bodyLabel} />
    </div>
  )
}
