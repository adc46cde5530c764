import { mergeClasses, makeStyles, tokens } from '@fluentui/react-components'
import type { ReactNode } from 'react'
import { useCardStyles } from '#src/components/ui/card-styles.ts'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { CallRecordIdField } from './call-record-id-field.tsx'
import { InputObjectEditor } from './input-object-editor.tsx'
import { ParameterSetPicker } from './parameter-set-picker.tsx'

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
  },
  actions: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, marginLeft: 'auto' },
})

/** The cmdlet's invocation line: parameter set, target, switches, and the actions the app adds. */
export function InvocationBar({ actions }: { actions?: ReactNode }) {
  const styles = useStyles()
  const card = useCardStyles()
  const target = useDraft((s) => s.target)
  return (
    <section className={mergeClasses(card.card, styles.bar)} aria-label="Invocation">
      <ParameterSetPicker />
      {target === 'CallRecordId' ? <CallRecordIdField /> : <InputObjectEditor />}
      <div className={styles.actions}>{actions}</div>
    </section>
  )
}
