import { HighlightStyle, syntaxHighlighting } from '@codemirror/language'
import { EditorView } from '@codemirror/view'
import { tokens } from '@fluentui/react-components'
import { tags } from '@lezer/highlight'

/** Text colours and what they are read against; the contrast test checks each pair in every Fluent theme. */
export const EDITOR_COLORS = {
  text: [tokens.colorNeutralForeground1, tokens.colorNeutralBackground1],
  propertyName: [tokens.colorBrandForeground1, tokens.colorNeutralBackground1],
  string: [tokens.colorPaletteGreenForeground1, tokens.colorNeutralBackground1],
  number: [tokens.colorPaletteDarkOrangeForeground1, tokens.colorNeutralBackground1],
  literal: [tokens.colorPaletteBerryForeground1, tokens.colorNeutralBackground1],
  punctuation: [tokens.colorNeutralForeground2, tokens.colorNeutralBackground1],
  lineNumber: [tokens.colorNeutralForeground3, tokens.colorNeutralBackground2],
  error: [tokens.colorPaletteRedForeground1, tokens.colorNeutralBackground1],
  warning: [tokens.colorStatusWarningForeground1, tokens.colorNeutralBackground1],
} as const

const [errorColor] = EDITOR_COLORS.error
const [warningColor] = EDITOR_COLORS.warning
// Mixed from foreground tokens so they stay visible in high contrast too, where backgrounds are all black.
const selection = `color-mix(in srgb, ${tokens.colorBrandForeground1} 30%, transparent)`
const activeLine = `color-mix(in srgb, ${tokens.colorNeutralForeground1} 6%, transparent)`
const border = `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`

// CodeMirror's lint marks are fixed-colour SVGs; these follow the theme and differ by shape, not colour alone.
const marker = { content: 'none', width: '0.8em', height: '0.8em', margin: '0.1em' }

const theme = EditorView.theme({
  '&': {
    height: '100%',
    color: EDITOR_COLORS.text[0],
    backgroundColor: EDITOR_COLORS.text[1],
    fontSize: tokens.fontSizeBase300,
    border,
    borderRadius: tokens.borderRadiusMedium,
  },
  '&.cm-focused': {
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: '-1px',
  },
  '.cm-scroller': { fontFamily: tokens.fontFamilyMonospace, lineHeight: tokens.lineHeightBase300 },
  '.cm-content': { caretColor: EDITOR_COLORS.text[0] },
  '.cm-cursor, .cm-dropCursor': { borderLeft: `2px solid ${EDITOR_COLORS.text[0]}` },
  '.cm-selectionBackground, &.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-content ::selection':
    { backgroundColor: selection },
  '.cm-activeLine': { backgroundColor: activeLine },
  '.cm-gutters': {
    color: EDITOR_COLORS.lineNumber[0],
    backgroundColor: EDITOR_COLORS.lineNumber[1],
    borderRight: border,
    borderTopLeftRadius: tokens.borderRadiusMedium,
    borderBottomLeftRadius: tokens.borderRadiusMedium,
  },
  '.cm-activeLineGutter': { backgroundColor: activeLine, color: EDITOR_COLORS.text[0] },
  '.cm-foldPlaceholder': { backgroundColor: 'transparent', border, color: EDITOR_COLORS.punctuation[0] },
  '&.cm-focused .cm-matchingBracket': {
    outline: `1px solid ${tokens.colorBrandStroke1}`,
    backgroundColor: 'transparent',
  },
  '&.cm-focused .cm-nonmatchingBracket': {
    outline: `1px solid ${errorColor}`,
    backgroundColor: 'transparent',
  },
  '.cm-tooltip': {
    color: EDITOR_COLORS.text[0],
    backgroundColor: EDITOR_COLORS.text[1],
    border,
    boxShadow: tokens.shadow8,
  },
  '.cm-panels': { color: EDITOR_COLORS.text[0], backgroundColor: EDITOR_COLORS.text[1] },
  '.cm-panels-bottom': { borderTop: border },
  '.cm-panel.cm-panel-lint ul [aria-selected]': { backgroundColor: selection },
  '.cm-panel.cm-panel-lint ul:focus [aria-selected]': {
    backgroundColor: selection,
    color: EDITOR_COLORS.text[0],
  },
  '.cm-diagnostic-error': { borderLeft: `5px solid ${errorColor}` },
  '.cm-diagnostic-warning': { borderLeft: `5px double ${warningColor}` },
  '.cm-diagnosticSource': { opacity: 1, color: EDITOR_COLORS.punctuation[0] },
  '.cm-lintRange-error': { backgroundImage: 'none', textDecoration: `underline wavy ${errorColor}` },
  '.cm-lintRange-warning': { backgroundImage: 'none', textDecoration: `underline dashed ${warningColor}` },
  '.cm-lintRange-error, .cm-lintRange-warning': { textDecorationSkipInk: 'none', textUnderlineOffset: '3px' },
  '.cm-lintRange-active': { backgroundColor: selection },
  '.cm-lintPoint:after': { borderBottomColor: errorColor },
  '.cm-lint-marker-error': { ...marker, borderRadius: '50%', backgroundColor: errorColor },
  '.cm-lint-marker-warning': {
    ...marker,
    clipPath: 'polygon(50% 0, 100% 100%, 0 100%)',
    backgroundColor: warningColor,
  },
})

const highlighting = HighlightStyle.define([
  { tag: tags.propertyName, color: EDITOR_COLORS.propertyName[0] },
  { tag: tags.string, color: EDITOR_COLORS.string[0] },
  { tag: tags.number, color: EDITOR_COLORS.number[0] },
  { tag: [tags.bool, tags.null], color: EDITOR_COLORS.literal[0] },
  { tag: [tags.separator, tags.brace, tags.squareBracket], color: EDITOR_COLORS.punctuation[0] },
])

/** The editor in Fluent's colours: CSS variables, so light, dark and high contrast switch with the app. */
export const fluentEditorTheme = [theme, syntaxHighlighting(highlighting)]
