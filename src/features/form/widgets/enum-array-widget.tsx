import { Badge, Button, Checkbox, makeStyles, tokens } from '@fluentui/react-components'
import { DismissRegular } from '@fluentui/react-icons'
import { isJsonArray, type JsonValue } from '#src/lib/json/json-value.ts'
import { displayText } from '../input-value.ts'
import { useFieldValue } from '../use-field-value.ts'
import type { WidgetProps } from './widget-props.ts'

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    border: 0,
    padding: 0,
    margin: 0,
  },
})

/** `modalities`: a multi-select over the enum; order of the array and unknown entries are kept. */
export function EnumArrayWidget({ id, path, meta, order }: WidgetProps) {
  const styles = useStyles()
  const { value, write } = useFieldValue(path, order)
  const items: readonly JsonValue[] = isJsonArray(value) ? value : []
  const members = meta.members ?? []
  const strays = items
    .map((item, index) => [item, index] as const)
    .filter(([item]) => typeof item !== 'string' || !members.includes(item))
  return (
    <fieldset id={id} className={styles.group} aria-label={meta.ps}>
      {value === null ? <Badge appearance="outline">null</Badge> : null}
      {members.map((member) => (
        <Checkbox
          key={member}
          label={member}
          checked={items.includes(member)}
          onChange={(_, data) => {
            const next = data.checked ? [...items, member] : items.filter((item) => item !== member)
            write(next.length || value !== undefined ? next : undefined)
          }}
        />
      ))}
      {strays.map(([item, index]) => (
        <Badge key={index} appearance="tint" color="danger">
          {displayText(item)}
          <Button
            appearance="transparent"
            size="small"
            icon={<DismissRegular />}
            aria-label={`Remove ${displayText(item)} from ${meta.ps}`}
            onClick={() => {
              write(items.filter((_, i) => i !== index))
            }}
          />
        </Badge>
      ))}
    </fieldset>
  )
}
