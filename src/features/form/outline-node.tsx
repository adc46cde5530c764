import { makeStyles, mergeClasses, Tree, TreeItem, TreeItemLayout, tokens } from '@fluentui/react-components'
import { useDeferredValue } from 'react'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { getIn, pathKey } from '#src/lib/json/path.ts'
import { arrayLength } from './array-ops.ts'
import { useFormUi, useFormUiStore } from './form-ui-context.tsx'
import { IssueBadges } from './issue-badges.tsx'
import { nodeDetail, nodeKind, nodeTitle } from './node-label.ts'

const CHILDREN = { session: 'segments', segment: 'media', media: 'streams', stream: undefined } as const

const useStyles = makeStyles({
  // The name ("Segment 2") always shows whole; only the details after it give way to an ellipsis.
  label: { display: 'flex', alignItems: 'baseline', minWidth: 0, whiteSpace: 'nowrap' },
  // Fluent's main slot would otherwise keep its content's width and push the row wider than the outline.
  main: { flex: '1 1 auto', minWidth: 0, overflow: 'hidden' },
  name: { flexShrink: 0 },
  details: { minWidth: 0, overflow: 'hidden', textOverflow: 'ellipsis' },
  detail: {
    color: tokens.colorNeutralForeground3,
    marginLeft: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    // In high contrast the selected background is bright: its text must turn dark, details included.
    color: tokens.colorNeutralForeground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    '& span': { color: 'inherit' },
  },
  // The same for the hover background.
  row: { ':hover span': { color: 'inherit' } },
})

const NOUNS = {
  segments: ['segment', 'segments'],
  media: ['media', 'media'],
  streams: ['stream', 'streams'],
} as const

function countLabel(key: keyof typeof NOUNS, count: number): string {
  return `${count} ${NOUNS[key][count === 1 ? 0 : 1]}`
}

// Beyond this many children, they render after the rest, and their subtree opens without a height animation
// (which measures every row).
const LONG_LIST = 50

export function OutlineNode({ path }: { path: JsonPath }) {
  const styles = useStyles()
  const ui = useFormUiStore()
  const key = pathKey(path)
  const childKey = CHILDREN[nodeKind(path)]
  const detail = useDraft((s) => nodeDetail(path, getIn(s.body, path)))
  const count = useDraft((s) => (childKey ? arrayLength(s.body, [...path, childKey]) : 0))
  const selected = useFormUi((s) => pathKey(s.selected) === key)
  const open = useFormUi((s) => path.length === 0 || s.openNodes.has(key))
  const title = nodeTitle(path)
  const leaf = !(childKey && count)
  // Hundreds of segments (a body near 4 MB) mount in an interruptible render after the outline has shown.
  const shown = useDeferredValue(count, count > LONG_LIST ? 0 : count)
  return (
    <TreeItem
      itemType={leaf ? 'leaf' : 'branch'}
      value={path.length ? key : 'session'}
      aria-selected={selected}
      // The tree reports clicks (and Enter) on branches through onOpenChange only; a leaf selects itself.
      onClick={leaf ? () => ui.select(path) : undefined}
    >
      <TreeItemLayout
        className={mergeClasses(styles.row, selected && styles.selected)}
        main={{ className: styles.main }}
        aside={<IssueBadges path={path} />}
      >
        <span className={styles.label} title={detail ? `${title} · ${detail}` : title}>
          <span className={styles.name}>{title}</span>
          <span className={styles.details}>
            {detail ? <span className={styles.detail}> {detail}</span> : null}
            {childKey && count ? (
              <span className={styles.detail}> ({countLabel(childKey, count)})</span>
            ) : null}
          </span>
        </span>
      </TreeItemLayout>
      {childKey && open ? (
        <Tree collapseMotion={shown > LONG_LIST ? null : undefined}>
          {Array.from({ length: shown }, (_, index) => (
            <OutlineNode key={index} path={[...path, childKey, index]} />
          ))}
        </Tree>
      ) : null}
    </TreeItem>
  )
}
