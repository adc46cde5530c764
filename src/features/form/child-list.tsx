import { Button, Link, makeStyles, tokens } from '@fluentui/react-components'
import { AddRegular } from '@fluentui/react-icons'
import { useDeferredValue } from 'react'
import { useDraft, useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { arrayLength, newItemFor } from './array-ops.ts'
import { useFormUiStore } from './form-ui-context.tsx'
import { IssueBadges } from './issue-badges.tsx'
import { nodeDetail, nodeTitle } from './node-label.ts'
import { useArrayOps } from './use-array-ops.ts'

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  heading: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  list: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  detail: { color: tokens.colorNeutralForeground3, marginLeft: tokens.spacingHorizontalXS },
})

const ADD_LABEL: Record<string, string> = {
  segments: 'Add segment',
  media: 'Add media',
  streams: 'Add stream',
}

export function childListId(path: JsonPath): string {
  return `children:${path.join('/')}`
}

/** The children of a node (segments of the session, media of a segment…): open one, or add one. */
export function ChildList({
  path,
  arrayKey,
  title,
}: {
  path: JsonPath
  arrayKey: 'segments' | 'media' | 'streams'
  title: string
}) {
  const styles = useStyles()
  const ui = useFormUiStore()
  const draft = useDraftStore()
  const arrayPath = [...path, arrayKey]
  const count = useDraft((s) => arrayLength(s.body, arrayPath))
  // Hundreds of links (a body near 4 MB) mount in an interruptible render after the pane has shown.
  const shown = useDeferredValue(count, count > 50 ? 0 : count)
  const ops = useArrayOps(arrayPath, true)
  return (
    <section className={styles.box} aria-label={title}>
      <h3 className={styles.heading} id={childListId(path)} tabIndex={-1}>
        {title} ({count})
      </h3>
      {count ? (
        <ol className={styles.list}>
          {Array.from({ length: shown }, (_, index) => (
            <ChildLink
              key={index}
              path={[...arrayPath, index]}
              onOpen={() => ui.select([...arrayPath, index])}
            />
          ))}
        </ol>
      ) : null}
      <div>
        <Button icon={<AddRegular />} onClick={() => ops.add(newItemFor(draft.getState().body, arrayPath))}>
          {ADD_LABEL[arrayKey]}
        </Button>
      </div>
    </section>
  )
}

function ChildLink({ path, onOpen }: { path: JsonPath; onOpen: () => void }) {
  const styles = useStyles()
  const detail = useDraft((s) => nodeDetail(path, getIn(s.body, path)))
  return (
    <li>
      <Link onClick={onOpen}>{nodeTitle(path)}</Link>
      {detail ? <span className={styles.detail}> {detail}</span> : null}
      <IssueBadges path={path} />
    </li>
  )
}
