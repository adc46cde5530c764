import { Field, makeStyles, Radio, RadioGroup, tokens } from '@fluentui/react-components'
import { useState } from 'react'
import { useDraft, useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import {
  PARAMETER_SETS,
  parameterSetName,
  parameterSetParts,
} from '#src/features/parameter-sets/parameter-set.ts'

const useStyles = makeStyles({
  group: { flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
})

const HINTS = {
  CreateExpanded: '-CallRecordId with expanded parameters (default)',
  Create: '-CallRecordId with -BodyParameter',
  CreateViaIdentity: '-InputObject with -BodyParameter',
  CreateViaIdentityExpanded: '-InputObject with expanded parameters',
} as const

/** The four parameter sets of the help. Picking one never loses the body; bad JSON keeps you in JSON. */
export function ParameterSetPicker() {
  const store = useDraftStore()
  const styles = useStyles()
  const current = useDraft((s) => parameterSetName(s.target, s.bodyKind))
  const [refusal, setRefusal] = useState<string | null>(null)
  return (
    <Field
      label="Parameter set"
      validationState={refusal ? 'error' : 'none'}
      validationMessage={refusal ?? undefined}
      hint={refusal ? undefined : HINTS[current]}
    >
      <RadioGroup
        layout="horizontal"
        className={styles.group}
        value={current}
        onChange={(_, data) => {
          const picked = PARAMETER_SETS.find((name) => name === data.value)
          if (!picked) return
          const parts = parameterSetParts(picked)
          const switched = store.setBodyKind(parts.body)
          if (switched) store.setTarget(parts.target)
          setRefusal(
            switched
              ? null
              : `Stayed in ${current}: the BodyParameter JSON must be a valid object first. ${store.getState().bodyTextProblem?.message ?? ''}`,
          )
        }}
      >
        {PARAMETER_SETS.map((name) => (
          <Radio key={name} value={name} label={name} />
        ))}
      </RadioGroup>
    </Field>
  )
}
