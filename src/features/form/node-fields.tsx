import { makeStyles, tokens } from '@fluentui/react-components'
import { mediaStream } from '#src/features/schema/types/media-stream.ts'
import { media } from '#src/features/schema/types/media.ts'
import { segment } from '#src/features/schema/types/segment.ts'
import { session } from '#src/features/schema/types/session.ts'
import type { JsonPath } from '#src/lib/json/json-value.ts'
import { ChildList } from './child-list.tsx'
import { ObjectFields } from './object-fields.tsx'
import { SkipToChildren } from './skip-to-children.tsx'

const useStyles = makeStyles({
  stack: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
})

/** One component per nesting level, each given its base path; the outline shows the arrays between them. */
export function SessionFields() {
  const styles = useStyles()
  return (
    <div className={styles.stack}>
      <SkipToChildren path={[]} title="Segments" />
      <ObjectFields path={[]} type={session} exclude={['segments']} />
      <ChildList path={[]} arrayKey="segments" title="Segments" />
    </div>
  )
}

export function SegmentFields({ path }: { path: JsonPath }) {
  const styles = useStyles()
  return (
    <div className={styles.stack}>
      <SkipToChildren path={path} title="Media" />
      <ObjectFields path={path} type={segment} exclude={['media']} />
      <ChildList path={path} arrayKey="media" title="Media" />
    </div>
  )
}

export function MediaFields({ path }: { path: JsonPath }) {
  const styles = useStyles()
  return (
    <div className={styles.stack}>
      <SkipToChildren path={path} title="Streams" />
      <ObjectFields path={path} type={media} exclude={['streams']} />
      <ChildList path={path} arrayKey="streams" title="Streams" />
    </div>
  )
}

export function StreamFields({ path }: { path: JsonPath }) {
  return <ObjectFields path={path} type={mediaStream} />
}
