import { makeStyles, Text, tokens } from '@fluentui/react-components'
import { ArrowUploadRegular } from '@fluentui/react-icons'

const useStyles = makeStyles({
  overlay: {
    position: 'fixed',
    inset: 0,
    zIndex: 1000,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorBackgroundOverlay,
    pointerEvents: 'none',
  },
  card: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalXXL,
    borderRadius: tokens.borderRadiusXLarge,
    border: `${tokens.strokeWidthThicker} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  icon: { fontSize: '32px' },
})

/** Shown while a file is dragged over the page. */
export function FileDropOverlay() {
  const styles = useStyles()
  return (
    <div className={styles.overlay} aria-hidden>
      <div className={styles.card}>
        <ArrowUploadRegular className={styles.icon} />
        <Text size={500} weight="semibold">
          Drop a .json file: a session, a Graph response or a saved draft
        </Text>
      </div>
    </div>
  )
}
