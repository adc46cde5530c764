import { mergeClasses, makeStyles, tokens } from '@fluentui/react-components'
import { zodResolver } from '@hookform/resolvers/zod'
import { useEffect, useMemo, type ReactNode } from 'react'
import { FormProvider, useForm } from 'react-hook-form'
import { useCardStyles } from '#src/components/ui/card-styles.ts'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { CallRecordIdField } from './call-record-id-field.tsx'
import { InputObjectEditor } from './input-object-editor.tsx'
import { invocationForm, type InvocationFormValues } from './invocation-form.ts'
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

/**
 * The cmdlet's invocation line: parameter set, target, switches, and the actions the app adds. The target
 * parameters are a react-hook-form form over the draft: the draft stays the truth (autosave, share links and
 * loaded drafts change it), the form follows it and writes every edit straight back.
 */
export function InvocationBar({ actions }: { actions?: ReactNode }) {
  const styles = useStyles()
  const card = useCardStyles()
  const target = useDraft((s) => s.target)
  const callRecordId = useDraft((s) => s.callRecordId)
  const inputObject = useDraft((s) => s.inputObject)
  const values = useMemo<InvocationFormValues>(
    () => ({ target, callRecordId, inputObject }),
    [target, callRecordId, inputObject],
  )
  const form = useForm<InvocationFormValues>({
    resolver: zodResolver(invocationForm),
    values,
    resetOptions: { keepErrors: true },
  })
  const { trigger } = form
  // The cmdlet's complaint shows from the start, not only after an edit, and follows drafts loaded from elsewhere.
  useEffect(() => {
    void trigger()
  }, [trigger, values])
  return (
    <FormProvider {...form}>
      <section className={mergeClasses(card.card, styles.bar)} aria-label="Invocation">
        <ParameterSetPicker />
        {target === 'CallRecordId' ? <CallRecordIdField /> : <InputObjectEditor />}
        <div className={styles.actions}>{actions}</div>
      </section>
    </FormProvider>
  )
}
