import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { isJsonObject, type JsonPath } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { AdditionalPropertyRow } from './additional-property-row.tsx'

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, margin: 0 },
})

/**
 * The help's "(Any) <Object>": keys the type does not declare — from JSON, or added here. Values are JSON.
 * They keep their place in the object; a new one goes last.
 */
export function AdditionalProperties({ path, declared }: { path: JsonPath; declared: readonly string[] }) {
  const styles = useStyles()
  // The extra keys as JSON text: a stable snapshot, so typing a declared field re-renders nothing here.
  const extraKeys = useDraft((s) => {
    const value = getIn(s.body, path)
    return JSON.stringify(
      isJsonObject(value) ? [...value.keys()].filter((key) => !declared.includes(key)) : [],
    )
  })
  const extra = JSON.parse(extraKeys) as string[]
  const [pending, setPending] = useState(0)
  const label = path.length
    ? `Additional properties of ${String(path.at(-1))}`
    : 'Additional properties of the session'
  return (
    <div className={styles.box} role="group" aria-label={label}>
      {extra.length || pending ? <p className={styles.heading}>Additional properties</p> : null}
      {extra.map((key) => (
        <AdditionalPropertyRow key={key} path={path} name={key} declared={declared} />
      ))}
      {Array.from({ length: pending }, (_, index) => (
        <AdditionalPropertyRow
          key={`new-${index}`}
          path={path}
          name={null}
          declared={declared}
          onSettled={() => {
            setPending((count) => count - 1)
          }}
        />
      ))}
      <div>
        <Button
          size="small"
          appearance="subtle"
          icon={<AddRegular />}
          onClick={() => {
            setPending((count) => count + 1)
          }}
        >
          Add property{path.length ? ` to ${String(path.at(-1))}` : ''}
        </Button>
      </div>
    </div>
  )
}
