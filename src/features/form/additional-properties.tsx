import { Button, makeStyles, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { useValidationStore } from '#src/features/open-draft/validation-context.tsx'
import { isJsonObject, type JsonPath } from '#src/lib/json/json-value.ts'
import { getIn, pathKey } from '#src/lib/json/path.ts'
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
  const validation = useValidationStore()
  // New rows whose value is held (not JSON yet) come back as they were left.
  const [pending, setPending] = useState(() =>
    validation
      .getState()
      .held.filter(
        (held) =>
          pathKey(held.path.slice(0, -1)) === pathKey(path) && !extra.includes(String(held.path.at(-1))),
      )
      .map((held, index) => ({ id: index, key: String(held.path.at(-1)) })),
  )
  const [nextId, setNextId] = useState(pending.length)
  const label = path.length
    ? `Additional properties of ${String(path.at(-1))}`
    : 'Additional properties of the session'
  return (
    <div className={styles.box} role="group" aria-label={label}>
      {extra.length || pending.length ? <p className={styles.heading}>Additional properties</p> : null}
      {extra.map((key) => (
        <AdditionalPropertyRow key={key} path={path} name={key} declared={declared} />
      ))}
      {pending.map((row) => (
        <AdditionalPropertyRow
          key={`new-${row.id}`}
          path={path}
          name={null}
          initialKey={row.key}
          declared={declared}
          onSettled={() => {
            setPending((rows) => rows.filter((other) => other.id !== row.id))
          }}
        />
      ))}
      <div>
        <Button
          size="small"
          appearance="subtle"
          icon={<AddRegular />}
          onClick={() => {
            setPending((rows) => [...rows, { id: nextId, key: '' }])
            setNextId(nextId + 1)
          }}
        >
          Add property{path.length ? ` to ${String(path.at(-1))}` : ''}
        </Button>
      </div>
    </div>
  )
}
