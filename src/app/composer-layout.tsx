import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components'
import { useLayoutEffect, useRef } from 'react'
import { SplitHandle } from '#src/components/ui/split-handle.tsx'
import { useFileImport } from '#src/features/files/import-context.ts'
import { InvocationBar } from '#src/features/invocation-bar/invocation-bar.tsx'
import { ConfirmSwitch } from '#src/features/request/confirm-switch.tsx'
import { CodeCard, RequestPreviewCard } from '#src/features/request/request-panel.tsx'
import { WhatIfButton } from '#src/features/request/what-if-button.tsx'
import { SendButton } from '#src/features/send/send-button.tsx'
import { SendResults } from '#src/features/send/send-results.tsx'
import { SessionOpenerContext } from '#src/features/send/session-opener.ts'
import { BodyEditor } from './body-editor.tsx'
import {
  columnsTemplate,
  formBounds,
  previewBounds,
  requestBounds,
  rowsTemplate,
  shareOf,
  writeShare,
  type ComposerLayoutKind,
  type Split,
} from './composer-splits.ts'
import { useMediaQuery } from './use-media-query.ts'

// One screen, nothing scrolling but the panes, from a projector's 1024×768 up. Below that the panes stack
// and the page scrolls. With height to spare the code gets its own pane beside the response; on a shorter
// screen it shares the tabs under the request preview with the response and the stored sessions.
export const ONE_SCREEN = '(min-width: 900px) and (min-height: 560px)'
export const WIDE = '(min-width: 1280px) and (min-height: 860px)'

const GAP = tokens.spacingHorizontalM

const useStyles = makeStyles({
  layout: {
    minHeight: 0,
    display: 'grid',
    gap: GAP,
    padding: GAP,
  },
  stacked: {
    gridTemplateColumns: 'minmax(0, 1fr)',
    gridAutoRows: 'minmax(32rem, auto)',
  },
  column: {
    position: 'relative',
    minHeight: 0,
    minWidth: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: GAP,
  },
  rows: {
    position: 'relative',
    minHeight: 0,
    minWidth: 0,
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    rowGap: GAP,
  },
  bar: { flexShrink: 0 },
  pane: { position: 'relative', minHeight: 0, display: 'flex', flexDirection: 'column' },
  body: { flex: '1 1 auto', minHeight: 0, display: 'flex', flexDirection: 'column' },
  // Handles sit in the 12 px gap after their pane.
  besideRight: { right: `calc(-1 * ${GAP})` },
  besideBottom: { bottom: `calc(-1 * ${GAP})` },
})

type Shares = Record<Split, number>

function pixels(value: string): number {
  return Number.parseFloat(value) || 0
}

/** The room the columns share: the grid's width less its padding and gaps. */
function columnRoom(main: HTMLElement, columns: number): number {
  const style = getComputedStyle(main)
  const padding = pixels(style.paddingLeft) + pixels(style.paddingRight)
  return main.clientWidth - padding - pixels(style.columnGap) * (columns - 1)
}

function rowRoom(column: HTMLElement): number {
  return column.clientHeight - pixels(getComputedStyle(column).rowGap)
}

const width = (element: HTMLElement | null) => element?.getBoundingClientRect().width ?? 0

/**
 * The composer: the form (the invocation and the body) beside what would be sent and what came back, each
 * scrolling on its own and resizable (the splits are remembered per layout). The splits write the grid
 * themselves, so dragging never re-renders the panes.
 */
export function ComposerLayout() {
  const styles = useStyles()
  const { openSession } = useFileImport()
  const oneScreen = useMediaQuery(ONE_SCREEN)
  const layout: ComposerLayoutKind = useMediaQuery(WIDE) ? 'wide' : 'compact'
  const wide = layout === 'wide'
  const main = useRef<HTMLElement>(null)
  const formColumn = useRef<HTMLDivElement>(null)
  const requestColumn = useRef<HTMLDivElement>(null)
  const previewPane = useRef<HTMLDivElement>(null)
  const resultsColumn = useRef<HTMLDivElement>(null)
  const shares = useRef<Shares>({ form: 0, results: 0, preview: 0 })
  const columns = wide ? 3 : 2

  const applyColumns = () => {
    const { form, results } = shares.current
    if (main.current) main.current.style.gridTemplateColumns = columnsTemplate(layout, form, results)
  }
  const applyRows = () => {
    if (requestColumn.current)
      requestColumn.current.style.gridTemplateRows = rowsTemplate(shares.current.preview)
  }
  useLayoutEffect(() => {
    const grid = main.current
    const column = requestColumn.current
    if (!oneScreen) {
      grid?.style.removeProperty('grid-template-columns')
      column?.style.removeProperty('grid-template-rows')
      return
    }
    shares.current = {
      form: shareOf(layout, 'form'),
      results: wide ? shareOf(layout, 'results') : 0,
      preview: shareOf(layout, 'preview'),
    }
    if (grid)
      grid.style.gridTemplateColumns = columnsTemplate(layout, shares.current.form, shares.current.results)
    if (column) column.style.gridTemplateRows = rowsTemplate(shares.current.preview)
  }, [layout, oneScreen, wide])

  const set = (split: Split, share: number | null) => {
    shares.current[split] = share ?? shareOf(layout, split)
    if (split === 'preview') applyRows()
    else applyColumns()
  }
  const remember = (split: Split, size: number | null) =>
    writeShare(layout, split, size === null ? null : shares.current[split])
  const room = () => (main.current ? columnRoom(main.current, columns) : 0)

  const actions = (
    <>
      <WhatIfButton />
      <ConfirmSwitch />
      <SendButton />
    </>
  )
  const formHandle = oneScreen && (
    <SplitHandle
      label="Resize the form"
      orientation="vertical"
      className={styles.besideRight}
      pane={() => formColumn.current}
      bounds={() => formBounds(layout, room(), wide ? width(resultsColumn.current) : 0)}
      apply={(size) => set('form', size === null ? null : size / room())}
      commit={(size) => remember('form', size)}
      describe={(size) => `Form ${size} pixels wide`}
    />
  )
  return (
    <SessionOpenerContext value={openSession}>
      <main
        ref={main}
        className={mergeClasses(styles.layout, !oneScreen && styles.stacked)}
        data-layout={oneScreen ? layout : 'stacked'}
      >
        <div ref={formColumn} className={styles.column}>
          <div className={styles.bar}>
            <InvocationBar actions={actions} />
          </div>
          <div className={styles.body}>
            <BodyEditor />
          </div>
          {formHandle}
        </div>
        {wide ? (
          <>
            <div ref={requestColumn} className={styles.rows}>
              <div ref={previewPane} className={styles.pane}>
                <RequestPreviewCard />
                <SplitHandle
                  label="Resize the request preview"
                  orientation="horizontal"
                  className={styles.besideBottom}
                  pane={() => previewPane.current}
                  bounds={() => previewBounds(requestColumn.current ? rowRoom(requestColumn.current) : 0)}
                  apply={(size) =>
                    set(
                      'preview',
                      size === null || !requestColumn.current ? null : size / rowRoom(requestColumn.current),
                    )
                  }
                  commit={(size) => remember('preview', size)}
                  describe={(size) => `Request preview ${size} pixels high`}
                />
              </div>
              <CodeCard />
              <SplitHandle
                label="Resize the response column"
                orientation="vertical"
                className={styles.besideRight}
                pane={() => requestColumn.current}
                bounds={() => requestBounds(room(), width(formColumn.current))}
                apply={(size) =>
                  set('results', size === null ? null : (room() - width(formColumn.current) - size) / room())
                }
                commit={(size) => remember('results', size)}
                describe={(size) => `Request and code ${size} pixels wide`}
              />
            </div>
            <div ref={resultsColumn} className={styles.column}>
              <SendResults />
            </div>
          </>
        ) : (
          // A projector's 1024×768 has no height for the preview, the code and the response at once: they
          // take turns at full height, each usable without the page scrolling.
          <div ref={resultsColumn} className={styles.column}>
            <SendResults request={<RequestPreviewCard bare />} code={<CodeCard bare />} />
          </div>
        )}
      </main>
    </SessionOpenerContext>
  )
}
