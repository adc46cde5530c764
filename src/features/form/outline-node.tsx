import { makeStyles, Tree, TreeItem, TreeItemLayout, tokens } from '@fluentui/react-components'
import type { JsonPath } from '../../lib/json/json-value.ts'
import { getIn, pathKey } from '../../lib/json/path.ts'
import { useDraft } from '../draft/draft-context.tsx'
import { arrayLength } from './array-ops.ts'
import { useFormUi } from './form-ui-context.tsx'
import { IssueBadges } from './issue-badges.tsx'
import { nodeDetail, nodeKind, nodeTitle } from './node-label.ts'

const CHILDREN = { session: 'segments', segment: 'media', media: 'streams', stream: undefined } as const

const useStyles = makeStyles({
  label: {
    whiteSpace: 'nowrap',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    display: 'block',
    minWidth: 0,
  },
  detail: {
    color: tokens.colorNeutralForeground3,
    marginLeft: tokens.spacingHorizontalXS,
    fontSize: tokens.fontSizeBase200,
  },
  selected: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    fontWeight: tokens.fontWeightSemibold,
  },
})

export function OutlineNode({ path }: { path: JsonPath }) {
  const styles = useStyles()
  const key = pathKey(path)
  const childKey = CHILDREN[nodeKind(path)]
  const detail = useDraft((s) => nodeDetail(path, getIn(s.body, path)))
  const count = useDraft((s) => (childKey ? arrayLength(s.body, [...path, childKey]) : 0))
  const selected = useFormUi((s) => pathKey(s.selected) === key)
  const open = useFormUi((s) => path.length === 0 || s.openNodes.has(key))
  const title = nodeTitle(path)
  return (
    <TreeItem
      itemType={childKey && count ? 'branch' : 'leaf'}
      value={path.length ? key : 'session'}
      aria-selected={selected}
    >
      <TreeItemLayout className={selected ? styles.selected : undefined} aside={<IssueBadges path={path} />}>
        <span className={styles.label} title={detail ? `${title} · ${detail}` : title}>
          {title}
          {detail ? <span className={styles.detail}>{detail}</span> : null}
          {childKey && count ? <span className={styles.detail}>({count})</span> : null}
        </span>
      </TreeItemLayout>
      {childKey && open ? (
        <Tree>
          {Array.from({ length: count }, (_, index) => (
            <OutlineNode key={index} path={[...path, childKey, index]} />
          ))}
        </Tree>
      ) : null}
    </TreeItem>
  )
}
