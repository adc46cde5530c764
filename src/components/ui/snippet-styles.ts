import { makeStyles, tokens } from '@fluentui/react-components'

/** A short block of code to read and copy (an SDK call, a curl line): monospace, scrolling sideways. */
export const useSnippetStyles = makeStyles({
  snippet: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre',
    overflowX: 'auto',
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusMedium,
  },
})
