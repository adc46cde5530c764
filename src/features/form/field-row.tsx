import { Field, makeStyles, mergeClasses, tokens, Tooltip } from '@fluentui/react-components'
import { useVisuallyHidden } from '#src/components/ui/visually-hidden.ts'
import { useIssues } from '#src/features/open-draft/validation-context.tsx'
import type { FieldMeta } from '#src/features/schema/field-meta.ts'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { fieldId } from './field-id.ts'
import { KEY_COMMANDS_HINT } from './widgets/field-key-commands.ts'
import { leafWidgets } from './widgets/widget-registry.ts'

const useStyles = makeStyles({
  help: { maxWidth: '28em' },
  json: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3 },
})

const TYPE_NOTES: Partial<Record<string, string>> = {
  int32: 'Int32: −2,147,483,648 to 2,147,483,647',
  int64: 'Int64: a JSON number, kept exactly as typed',
  single: 'Single: a 32-bit number',
  dateTime: 'DateTimeOffset: ISO 8601 with Z or an offset',
  duration: 'Duration: ISO 8601 (you may type 45 ms or 1.5 s)',
}
const CHECK_NOTES: Partial<Record<string, string>> = {
  ratio: 'usually 0–1',
  percent: '0–100',
  port: '0–65535',
}

/** One property: its cmdlet name as the label, the help one hover or focus away, its issues beneath. */
export function FieldRow({
  path,
  name,
  meta,
  order,
  context = '',
}: {
  path: JsonPath
  name: string
  meta: FieldMeta
  order: readonly string[]
  /** Read before the label by screen readers only: which section this Id or LinkSpeed belongs to. */
  context?: string
}) {
  const styles = useStyles()
  const hidden = useVisuallyHidden().hidden
  const issues = useIssues(path)
  const Widget = leafWidgets[meta.widget]
  if (!Widget) return null
  const issue = issues.find((i) => i.severity === 'error') ?? issues[0]
  const id = fieldId(path)
  const notes = [TYPE_NOTES[meta.widget], meta.check ? CHECK_NOTES[meta.check] : undefined]
    .filter(Boolean)
    .join(' · ')
  const help = (
    <div className={styles.help}>
      <div>{meta.help}</div>
      <div className={styles.json}>
        {name}
        {notes ? ` · ${notes}` : ''}
      </div>
      <div>{meta.nullable ? KEY_COMMANDS_HINT : 'Alt+U: unset'}</div>
    </div>
  )
  const visible = meta.unit ? `${meta.ps} (${meta.unit})` : meta.ps
  const label = context ? (
    <>
      <span className={hidden}>{context}</span>
      {visible}
    </>
  ) : (
    visible
  )
  // Sighted users get the help as a tooltip; screen readers get the same text as the field's description.
  return (
    <Field
      label={meta.widget === 'enumArray' ? label : { children: label, htmlFor: id }}
      hint={{ children: `${meta.help} ${notes}`, className: mergeClasses(hidden) }}
      validationState={issue ? issue.severity : 'none'}
      validationMessage={issue?.message}
    >
      <Tooltip content={help} relationship="inaccessible" positioning="above-start">
        <span>
          <Widget id={id} path={path} meta={meta} order={order} />
        </span>
      </Tooltip>
    </Field>
  )
}
