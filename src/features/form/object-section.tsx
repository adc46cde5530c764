import { Badge, Button, makeStyles, tokens } from '@fluentui/react-components'
import { ChevronDownRegular, ChevronRightRegular } from '@fluentui/react-icons'
import { useId } from 'react'
import type { z } from 'zod'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import type { FieldMeta } from '#src/features/schema/field-meta.ts'
import { typeRegistry, variantsOf } from '#src/features/schema/field-meta.ts'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { getIn, pathKey } from '#src/lib/json/path.ts'
import { useFormUi, useFormUiStore } from './form-ui-context.tsx'
import { IssueBadges } from './issue-badges.tsx'
import { ObjectFields } from './object-fields.tsx'
import { VariantPicker } from './variant-picker.tsx'

const useStyles = makeStyles({
  section: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalXS,
  },
  title: { fontWeight: tokens.fontWeightSemibold },
  type: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
  body: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}` },
})

/** A nested object (Caller, CalleeNetwork, FailureInfo…): collapsible, with its subtype choice when it has one. */
export function ObjectSection({
  path,
  meta,
  type,
  context,
}: {
  path: JsonPath
  meta: FieldMeta
  type: z.ZodType
  order: readonly string[]
  context: string
}) {
  const styles = useStyles()
  const ui = useFormUiStore()
  const key = pathKey(path)
  const open = useFormUi((s) => !s.closedSections.has(key))
  // Whether the object is null, unset or set: not its content, which every keystroke inside changes.
  const value = useDraft((s) => {
    const current = getIn(s.body, path)
    return current === null || current === undefined ? current : 'set'
  })
  const bodyId = useId()
  const graphName = typeRegistry.get(type)?.graphName.split('.').pop() ?? ''
  return (
    <section className={styles.section} aria-label={meta.ps}>
      <div className={styles.header}>
        <Button
          appearance="subtle"
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => {
            ui.setSectionOpen(path, !open)
          }}
        >
          <span className={styles.title}>{meta.ps}</span>&nbsp;
          <span className={styles.type}>{graphName}</span>
        </Button>
        {value === null ? <Badge appearance="outline">null</Badge> : null}
        {value === undefined ? <Badge appearance="ghost">not set</Badge> : null}
        <IssueBadges path={path} />
      </div>
      {open ? (
        <div id={bodyId} className={styles.body}>
          {variantsOf(type) ? <VariantPicker path={path} type={type} label={meta.ps} /> : null}
          <ObjectFields path={path} type={type} context={`${context}${meta.ps} `} />
        </div>
      ) : null}
    </section>
  )
}
