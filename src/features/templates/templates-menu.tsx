import {
  Menu,
  MenuButton,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  useRestoreFocusTarget,
} from '@fluentui/react-components'
import { DocumentBulletListRegular } from '@fluentui/react-icons'
import { Suspense, useState } from 'react'
import { lazyPart, useOpenedOnce } from '#src/components/ui/lazy-part.ts'
import { useDraftStore } from '#src/features/open-draft/draft-context.tsx'
import { isJsonObject } from '#src/lib/json/json-value.ts'
import { sessionTemplates, type SessionTemplate } from './catalog.ts'

const replaceBody = lazyPart(() => import('./replace-body-dialog.tsx').then((m) => m.ReplaceBodyDialog))

/** Realistic starting points. Replacing a body that has content asks first. */
export function TemplatesMenu() {
  const store = useDraftStore()
  const [pending, setPending] = useState<SessionTemplate | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const mounted = useOpenedOnce(pending !== null || problem !== null)
  // Answering the question gives the focus back to the menu's button.
  const restoreFocusTarget = useRestoreFocusTarget()
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
          <MenuButton
            appearance="subtle"
            icon={<DocumentBulletListRegular />}
            onPointerEnter={replaceBody.prefetch}
            onFocus={replaceBody.prefetch}
            {...restoreFocusTarget}
          >
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
      {mounted && (
        <Suspense fallback={null}>
          <replaceBody.Component
            pending={pending}
            problem={problem}
            onReplace={(template) => {
              setPending(null)
              void apply(template)
            }}
            onClose={() => {
              setPending(null)
              setProblem(null)
            }}
          />
        </Suspense>
      )}
    </>
  )
}
