import { makeStyles, Spinner } from '@fluentui/react-components'

const useStyles = makeStyles({
  starting: { height: '100dvh', display: 'grid', placeItems: 'center' },
})

/** The first paint: the draft is being restored (and the composer's code downloaded beside it). */
export function Starting() {
  const styles = useStyles()
  return (
    <div className={styles.starting}>
      <Spinner label="Restoring your draft…" />
    </div>
  )
}
