import { Badge, Button, makeStyles, mergeClasses, Text, tokens, useId } from '@fluentui/react-components'
import {
  ChevronDownRegular,
  ChevronRightRegular,
  ErrorCircleRegular,
  InfoRegular,
} from '@fluentui/react-icons'
import { Fragment, useState, type ReactNode } from 'react'
import { CopyButton } from '#src/components/ui/copy-button.tsx'
import { VirtualText } from '#src/components/ui/virtual-text.tsx'
import { MAX_BODY_BYTES, validationBlocker, type BuiltRequest } from './build-request.ts'
import { formatSize } from './format-size.ts'
import { StaleBodyNote } from './stale-body-note.tsx'

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minHeight: 0 },
  // Captions beside their values, so the body keeps as many lines as possible on a 720p projector.
  meta: {
    display: 'grid',
    gridTemplateColumns: 'auto minmax(0, 1fr) auto',
    alignItems: 'start',
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  method: { justifySelf: 'start' },
  caption: { fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase300 },
  mono: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase300,
  },
  url: { overflowWrap: 'anywhere' },
  headers: {
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    margin: 0,
    padding: 0,
    listStyle: 'none',
    overflowWrap: 'anywhere',
  },
  // Collapsed: one line that ends in an ellipsis; every header stays in the DOM for copying and reading.
  collapsed: { display: 'block', whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' },
  inline: { display: 'inline', marginRight: tokens.spacingHorizontalL },
  headerName: { color: tokens.colorNeutralForeground2 },
  toggle: {
    minWidth: 0,
    padding: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    justifyContent: 'flex-start',
  },
  size: { color: tokens.colorNeutralForeground2, lineHeight: tokens.lineHeightBase300 },
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  body: { flex: '1 1 240px', minHeight: '80px' },
  blockers: { margin: 0, paddingLeft: 0, listStyle: 'none', color: tokens.colorPaletteRedForeground1 },
  blocker: { display: 'flex', gap: tokens.spacingHorizontalXS, alignItems: 'flex-start' },
  quiet: { color: tokens.colorNeutralForeground2 },
  icon: { flexShrink: 0, marginTop: '2px' },
})

export interface RequestViewProps {
  request: BuiltRequest
  /** What is really sent, when `request` shows it masked (presenter mode): the Copy buttons copy this. */
  real?: BuiltRequest | null
  /** Errors in the body that Graph would reject (from the ValidationStore), listed with the blockers. */
  validationErrors?: number
  /**
   * Before Send or What if was tried, a missing CallRecordId is said as a hint, not in red: a newcomer has
   * not done anything wrong yet.
   */
  quietTarget?: boolean
  /** Names the body's scroll region; distinct names keep two views on one page apart. */
  bodyLabel?: string
  className?: string
}

/** Method, URL, headers, body and size, exactly as they would go out (the token redacted). */
export function RequestView({
  request,
  real = null,
  validationErrors = 0,
  quietTarget = false,
  bodyLabel = 'Request body',
  className,
}: RequestViewProps) {
  const styles = useStyles()
  const headersId = useId('headers')
  // The body needs the room: the headers show on one line until asked for.
  const [headersOpen, setHeadersOpen] = useState(false)
  const over = request.bytes > MAX_BODY_BYTES
  const copied = real ?? request
  // Said in the button's name: the masked text on screen is not what lands on the clipboard.
  const what = (part: string) => (real ? `${part} (real values)` : part)
  const headerText = copied.headers.map(([name, value]) => `${name}: ${value}`).join('\n')
  const blockers = request.blockers.map((b) => ({
    message: b.message,
    quiet: quietTarget && b.kind === 'target',
  }))
  const invalid = validationBlocker(validationErrors, request)
  if (invalid) blockers.push({ message: invalid, quiet: false })
  const stale = request.blockers.find((b) => b.kind === 'bodyText')
  return (
    <div className={mergeClasses(styles.root, className)}>
      <div className={styles.meta}>
        <Badge appearance="filled" color="brand" shape="rounded" className={styles.method}>
          {request.method}
        </Badge>
        <Text className={mergeClasses(styles.mono, styles.url)}>{breakableUrl(request.url)}</Text>
        <CopyButton what={what('URL')} text={copied.url} />
        <Button
          appearance="transparent"
          size="small"
          className={styles.toggle}
          aria-expanded={headersOpen}
          aria-controls={headersId}
          icon={headersOpen ? <ChevronDownRegular /> : <ChevronRightRegular />}
          iconPosition="after"
          onClick={() => {
            setHeadersOpen(!headersOpen)
          }}
        >
          Headers
        </Button>
        <ul
          id={headersId}
          className={mergeClasses(styles.headers, styles.mono, !headersOpen && styles.collapsed)}
          aria-label="Request headers"
        >
          {request.headers.map(([name, value]) => (
            <li key={name} className={headersOpen ? undefined : styles.inline}>
              <span className={styles.headerName}>{name}:</span> {value}
            </li>
          ))}
        </ul>
        <CopyButton what={what('headers')} text={headerText} />
        <Text className={styles.caption}>{stale ? 'Body (older)' : 'Body'}</Text>
        <Text size={200} className={over ? styles.over : styles.size}>
          {formatSize(request.bytes)}
          {over ? ', over the 4 MB limit' : ''}
        </Text>
        <CopyButton what={what('body')} text={copied.prettyBody} />
      </div>
      {stale && <StaleBodyNote what="body" problem={stale.problem ?? stale.message} />}
      <VirtualText text={request.prettyBody} label={bodyLabel} className={styles.body} />
      {blockers.length > 0 && (
        <ul className={styles.blockers} aria-label="Blockers">
          {blockers.map(({ message, quiet }) => (
            <li key={message} className={mergeClasses(styles.blocker, quiet && styles.quiet)}>
              {quiet ? (
                <InfoRegular className={styles.icon} aria-hidden />
              ) : (
                <ErrorCircleRegular className={styles.icon} aria-hidden />
              )}
              <Text size={200}>{message}</Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** Lets a long URL wrap after its slashes rather than inside a word. */
function breakableUrl(url: string): ReactNode {
  return url.split('/').map((part, index) => (
    <Fragment key={index}>
      {index > 0 && (
        <>
          /<wbr />
        </>
      )}
      {part}
    </Fragment>
  ))
}
