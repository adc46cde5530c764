import {
  Button,
  Field,
  Input,
  makeStyles,
  Popover,
  PopoverSurface,
  PopoverTrigger,
  tokens,
} from '@fluentui/react-components'
import { useController, useFormState, useWatch } from 'react-hook-form'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { useValidation } from '#src/features/open-draft/validation-context.tsx'
import {
  IDENTITY_KEYS,
  type IdentityKey,
} from '#src/features/parameter-sets/cloud-communications-identity.ts'
import type { InvocationFormValues } from './invocation-form.ts'

const useStyles = makeStyles({
  editor: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  callRecordId: { minWidth: '22em' },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(14em, 1fr))',
    gap: tokens.spacingHorizontalS,
    maxHeight: '60vh',
    overflowY: 'auto',
  },
})

const OTHER_KEYS = IDENTITY_KEYS.filter((key) => key !== 'CallRecordId')

/** `-InputObject <ICloudCommunicationsIdentity>`: only CallRecordId reaches this operation's URL. */
export function InputObjectEditor() {
  const styles = useStyles()
  const { errors, touchedFields } = useFormState<InvocationFormValues>({ name: 'inputObject.CallRecordId' })
  // Empty is an error once the field was visited, or once Send or What if was tried; not on first sight.
  const attempted = useValidation((v) => v.attempted)
  const shown = touchedFields.inputObject?.CallRecordId === true || attempted
  const issue = shown ? errors.inputObject?.CallRecordId?.message : undefined
  const identity = useWatch<InvocationFormValues, 'inputObject'>({ name: 'inputObject' })
  const otherCount = OTHER_KEYS.filter((key) => identity[key]).length
  return (
    <div className={styles.editor} role="group" aria-label="InputObject">
      <Field
        label="InputObject.CallRecordId"
        required
        validationState={issue ? 'error' : 'none'}
        validationMessage={issue}
      >
        <IdentityInput identityKey="CallRecordId" className={styles.callRecordId} />
      </Field>
      <Popover trapFocus>
        <PopoverTrigger disableButtonEnhancement>
          <Button>Other identity keys{otherCount ? ` (${otherCount})` : ''}</Button>
        </PopoverTrigger>
        <PopoverSurface aria-label="Other InputObject keys">
          <p>
            The identity can carry these keys; this operation uses only CallRecordId and ignores the rest.
          </p>
          <div className={styles.grid}>
            {OTHER_KEYS.map((key) => (
              <Field key={key} label={`InputObject.${key}`}>
                <IdentityInput identityKey={key} />
              </Field>
            ))}
          </div>
        </PopoverSurface>
      </Popover>
    </div>
  )
}

/** One key of the identity, a field of the invocation form; each edit goes to the draft. */
function IdentityInput({ identityKey, className }: { identityKey: IdentityKey; className?: string }) {
  const store = useDraftStore()
  const name = `inputObject.${identityKey}` as const
  const { ref, value, onChange, onBlur } = useController<InvocationFormValues, typeof name>({ name }).field
  return (
    <Input
      ref={ref}
      name={name}
      value={value ?? ''}
      onChange={(_, data) => {
        onChange(data.value)
        store.setIdentityValue(identityKey, data.value)
      }}
      onBlur={onBlur}
      className={className}
    />
  )
}
