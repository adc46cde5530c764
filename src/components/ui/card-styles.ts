import { makeStyles, tokens } from '@fluentui/react-components'

/** The composer's panels: a raised surface on the page's grey, padded, scrolling by itself when it must. */
export const useCardStyles = makeStyles({
  card: {
    minHeight: 0,
    padding: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
    boxShadow: tokens.shadow2,
  },
  // Positioned, so visually hidden text inside never stretches the page past the panel.
  scrolls: { position: 'relative', overflowY: 'auto' },
})
