import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from '@fluentui/react-components'
import { DocumentBulletListRegular } from '@fluentui/react-icons'
import { useState } from 'react'
import { isJsonObject } from '../../lib/json/json-value.ts'
import { useDraftStore } from '../draft/draft-context.tsx'
import { sessionTemplates, type SessionTemplate } from './catalog.ts'

/** Realistic starting points. Replacing a body that has content asks first. */
export function TemplatesMenu() {
  const store = useDraftStore()
  const [pending, setPending] = useState<SessionTemplate | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const apply = async (template: SessionTemplate) => {
    try {
      store.replaceBody(await template.load())
      setProblem(null)
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    }
  }
  const pick = (template: SessionTemplate) => {
    const body = store.getState().body
    if (isJsonObject(body) && body.size === 0) void apply(template)
    else setPending(template)
  }
  return (
    <>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <MenuButton appearance="subtle" icon={<DocumentBulletListRegular />}>
            Templates
          </MenuButton>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {sessionTemplates.map((template) => (
              <MenuItem
                key={template.id}
                secondaryContent={template.tags.join(', ')}
                onClick={() => pick(template)}
              >
                {template.name}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <Dialog
        open={pending !== null || problem !== null}
        onOpenChange={(_, data) => {
          if (data.open) return
          setPending(null)
          setProblem(null)
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>
              {problem
                ? 'The template could not be loaded'
                : `Replace the body with “${pending?.name ?? ''}”?`}
            </DialogTitle>
            <DialogContent>
              {problem ??
                `${pending?.description ?? ''} The current body will be replaced; the parameter set and ids stay.`}
            </DialogContent>
            <DialogActions>
              {pending ? (
                <Button
                  appearance="primary"
                  onClick={() => {
                    const template = pending
                    setPending(null)
                    void apply(template)
                  }}
                >
                  Replace
                </Button>
              ) : null}
              <Button
                onClick={() => {
                  setPending(null)
                  setProblem(null)
                }}
              >
                {problem ? 'Close' : 'Cancel'}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  )
}
