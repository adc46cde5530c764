import {
  Button,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components'
import { useEffect, useState } from 'react'
import { AppDialog } from '#src/components/ui/app-dialog.tsx'
import { useDrafts } from '#src/features/draft-library/drafts-context.ts'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import type { JsonValue } from '#src/lib/json/json-value.ts'
import { CopyLinkButton } from './copy-link-button.tsx'
import { buildShareLink, COMFORTABLE_LINK_LENGTH, type ShareLink } from './share-link.ts'

const useStyles = makeStyles({
  link: { fontFamily: tokens.fontFamilyMonospace, wordBreak: 'break-all' },
})

export interface ShareDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  /** Presenter mode's mask: the link then carries what the screen shows. */
  maskBody?: (body: JsonValue) => JsonValue
}

/** "Share link": the draft packed into the link's fragment, which never reaches a server. */
export function ShareDialog({ open, onOpenChange, maskBody }: ShareDialogProps) {
  const styles = useStyles()
  const store = useDraftStore()
  const drafts = useDrafts()
  const [link, setLink] = useState<ShareLink | null>(null)
  useEffect(() => {
    if (!open) return
    let live = true
    const base = `${location.origin}${location.pathname}${location.search}`
    void buildShareLink(store.getState(), { name: drafts.getSnapshot().currentName, base, maskBody }).then(
      (built) => {
        if (live) setLink(built)
      },
    )
    return () => {
      live = false
      setLink(null)
    }
  }, [open, store, drafts, maskBody])
  const length = link?.length?.toLocaleString('en-US')
  return (
    <AppDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Share link"
      size="medium"
      actions={
        <>
          {link?.ok && <CopyLinkButton url={link.url} />}
          <Button onClick={() => onOpenChange(false)}>Close</Button>
        </>
      }
    >
      <Text>
        The whole draft travels in the part of the link after “#”, which browsers never send to a server. It
        holds no token. Opening it gives a new draft beside the recipient’s own.
      </Text>
      {maskBody && (
        <MessageBar intent="info">
          <MessageBarBody>Presenter mode: identifiers are masked in this link, as on screen.</MessageBarBody>
        </MessageBar>
      )}
      {link === null && <Spinner size="small" label="Packing the draft…" />}
      {link && !link.ok && (
        <MessageBar intent="error">
          <MessageBarBody>{link.problem}</MessageBarBody>
        </MessageBar>
      )}
      {link?.ok && (
        <>
          <Field label={`Link (${length ?? 0} characters)`}>
            <Textarea className={styles.link} readOnly resize="vertical" rows={4} value={link.url} />
          </Field>
          {link.long && (
            <MessageBar intent="warning">
              <MessageBarBody>
                At {length} characters the link is long: above{' '}
                {COMFORTABLE_LINK_LENGTH.toLocaleString('en-US')} some chat and mail apps cut links short. A
                file (Export) travels better.
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </AppDialog>
  )
}
