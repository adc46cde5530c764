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
import { useState } from 'react'
import { useDraft, useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { useValidation } from '#src/features/open-draft/validation-context.tsx'
import {
  IDENTITY_KEYS,
  MISSING_CALL_RECORD_ID,
} from '#src/features/parameter-sets/cloud-communications-identity.ts'

const useStyles = makeStyles({
  editor: { display: 'flex', alignItems: 'flex-end', gap: tokens.spacingHorizontalS },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(2, minmax(14em, 1fr))',
    gap: tokens.spacingHorizontalS,
    maxHeight: '60vh',
    overflowY: 'auto',
  },
})

/** `-InputObject <ICloudCommunicationsIdentity>`: only CallRecordId reaches this operation's URL. */
export function InputObjectEditor() {
  const store = useDraftStore()
  const styles = useStyles()
  const identity = useDraft((s) => s.inputObject)
  const callRecordId = identity.CallRecordId ?? ''
  const others = IDENTITY_KEYS.filter((key) => key !== 'CallRecordId')
  const otherCount = others.filter((key) => identity[key]).length
  const [visited, setVisited] = useState(false)
  const attempted = useValidation((v) => v.attempted)
  const missing = !callRecordId && (visited || attempted)
  return (
    <div className={styles.editor} role="group" aria-label="InputObject">
      <Field
        label="InputObject.CallRecordId"
        required
        validationState={missing ? 'error' : 'none'}
        validationMessage={missing ? MISSING_CALL_RECORD_ID : undefined}
      >
        <Input
          value={callRecordId}
          onBlur={() => setVisited(true)}
          style={{ minWidth: '22em' }}
          onChange={(_, data) => {
            store.setIdentityValue('CallRecordId', data.value)
          }}
        />
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
            {others.map((key) => (
              <Field key={key} label={`InputObject.${key}`}>
                <Input
                  value={identity[key] ?? ''}
                  onChange={(_, data) => {
                    store.setIdentityValue(key, data.value)
                  }}
                />
              </Field>
            ))}
          </div>
        </PopoverSurface>
      </Popover>
    </div>
  )
}
