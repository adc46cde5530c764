import { mergeClasses, makeStyles, tokens } from '@fluentui/react-components'
import { useLayoutEffect } from 'react'
import { useCardStyles } from '#src/components/ui/card-styles.ts'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import { isJsonArray, type JsonPath, type JsonValue } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { BreadcrumbBar } from './breadcrumb-bar.tsx'
import { DetailPane } from './detail-pane.tsx'
import { useFormUi, useFormUiStore } from './form-ui-context.tsx'
import { IssueSummary } from './issue-summary.tsx'
import { OutlineSplitter } from './outline-splitter.tsx'
import { Outline } from './outline.tsx'

const useStyles = makeStyles({
  editor: {
    flex: 1,
    minHeight: 0,
    display: 'grid',
    // The outline takes at most a third of a narrow form, so the detail pane keeps its room.
    gridTemplateColumns: 'minmax(10em, min(18em, 35%)) minmax(0, 1fr)',
    gridTemplateRows: 'auto auto minmax(0, 1fr)',
    gridTemplateAreas: '"summary summary" "outline crumbs" "outline detail"',
    columnGap: tokens.spacingHorizontalM,
  },
  // Tighter than other cards: the outline and the detail pane bring their own.
  padded: { padding: tokens.spacingHorizontalS },
  summary: { gridArea: 'summary', marginBottom: tokens.spacingVerticalS },
  outline: {
    gridArea: 'outline',
    position: 'relative',
    minHeight: 0,
    display: 'flex',
    flexDirection: 'column',
    borderRight: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  crumbs: { gridArea: 'crumbs' },
  detail: { gridArea: 'detail', minHeight: 0, display: 'flex', flexDirection: 'column' },
})

/** The deepest part of the selection that still exists (after an import or a JSON edit removed nodes). */
function existingDepth(body: JsonValue, selected: JsonPath): number {
  for (let end = selected.length; end > 0; end -= 2) {
    const node = getIn(body, selected.slice(0, end))
    if (node !== undefined && !isJsonArray(node)) return end
  }
  return 0
}

/** Expanded fields: an outline of segments → media → streams and one detail pane, so large sessions stay fast. */
export function ExpandedEditor() {
  const styles = useStyles()
  const card = useCardStyles()
  const ui = useFormUiStore()
  const generation = useDraft((s) => s.generation)
  const selected = useFormUi((s) => s.selected)
  const depth = useDraft((s) => existingDepth(s.body, selected))
  useLayoutEffect(() => {
    if (depth < selected.length) ui.select(selected.slice(0, depth))
  }, [depth, selected, ui])
  return (
    <section className={mergeClasses(card.card, styles.editor, styles.padded)} aria-label="Expanded fields">
      <div className={styles.summary}>
        <IssueSummary />
      </div>
      <nav className={styles.outline} aria-label="Session outline">
        <Outline />
        <OutlineSplitter />
      </nav>
      <div className={styles.crumbs}>
        <BreadcrumbBar />
      </div>
      <div className={styles.detail} key={generation}>
        <DetailPane />
      </div>
    </section>
  )
}
