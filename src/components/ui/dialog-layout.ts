import { makeStyles, tokens } from '@fluentui/react-components'

/** The app's dialog sizes (never wider than the window less a margin) and their usual column of parts. */
export const useDialogLayout = makeStyles({
  medium: { maxWidth: 'min(760px, calc(100vw - 32px))', width: '100%' },
  wide: { maxWidth: 'min(960px, calc(100vw - 32px))', width: '100%' },
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
})
