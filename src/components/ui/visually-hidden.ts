import { makeStyles } from '@fluentui/react-components'

/** Read by screen readers, not shown: extra context for a label, a status, a heading a tab already names. */
export const useVisuallyHidden = makeStyles({
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
})
