import { readStoredSize, writeStoredSize, type SizeBounds } from '#src/components/ui/split-size.ts'

/**
 * The composer's columns and the request column's rows, as shares of the room there is (gaps aside), so a
 * split chosen on one screen still fits another. Wide: form | request and code | response. Compact (a
 * projector's 1024×768): form | request, with the code, the response and the sessions as tabs below it.
 */
export type ComposerLayoutKind = 'wide' | 'compact'

export type Split = 'form' | 'results' | 'preview'

/** What each pane keeps however the splits are dragged: enough for its toolbar and a dozen lines. */
export const PANE_MIN = { form: 380, request: 340, results: 280, preview: 200, below: 200 } as const

const DEFAULTS: Record<ComposerLayoutKind, Record<Split, number>> = {
  wide: { form: 0.37, results: 0.22, preview: 0.6 },
  compact: { form: 0.5, results: 0, preview: 0.55 },
}

const key = (layout: ComposerLayoutKind, split: Split) => `session-composer.split.${layout}.${split}`
const isShare = (value: number) => value > 0 && value < 1

export function readShare(layout: ComposerLayoutKind, split: Split): number | null {
  return readStoredSize(key(layout, split), isShare)
}

export function writeShare(layout: ComposerLayoutKind, split: Split, share: number | null): void {
  writeStoredSize(key(layout, split), share === null ? null : Math.round(share * 10_000) / 10_000)
}

export function shareOf(layout: ComposerLayoutKind, split: Split): number {
  return readShare(layout, split) ?? DEFAULTS[layout][split]
}

const fr = (share: number) => `minmax(0, ${Math.max(0, share).toFixed(4)}fr)`

export function columnsTemplate(layout: ComposerLayoutKind, form: number, results: number): string {
  return layout === 'wide'
    ? `${fr(form)} ${fr(1 - form - results)} ${fr(results)}`
    : `${fr(form)} ${fr(1 - form)}`
}

export function rowsTemplate(preview: number): string {
  return `${fr(preview)} ${fr(1 - preview)}`
}

/** The form column's range, the others keeping their minimums (and the response column its width). */
export function formBounds(layout: ComposerLayoutKind, room: number, resultsWidth: number): SizeBounds {
  const others =
    layout === 'wide' ? PANE_MIN.request + Math.max(PANE_MIN.results, resultsWidth) : PANE_MIN.request
  return { min: PANE_MIN.form, max: room - others }
}

/** The request column's range beside a form of `formWidth`: the response column takes what is left. */
export function requestBounds(room: number, formWidth: number): SizeBounds {
  return { min: PANE_MIN.request, max: room - formWidth - PANE_MIN.results }
}

export function previewBounds(room: number): SizeBounds {
  return { min: PANE_MIN.preview, max: room - PANE_MIN.below }
}
