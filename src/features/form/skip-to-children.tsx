import { Link, makeStyles, tokens } from '@fluentui/react-components'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { childListId } from './child-list.tsx'

const useStyles = makeStyles({ skip: { alignSelf: 'flex-start', fontSize: tokens.fontSizeBase200 } })

/** A media pane holds ~100 fields before its streams: keyboard users jump straight to the list. */
export function SkipToChildren({ path, title }: { path: JsonPath; title: string }) {
  const styles = useStyles()
  return (
    <Link
      className={styles.skip}
      onClick={() => {
        const heading = document.getElementById(childListId(path))
        heading?.scrollIntoView({ block: 'start' })
        heading?.focus()
      }}
    >
      Skip to {title}
    </Link>
  )
}
