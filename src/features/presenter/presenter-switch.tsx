import { Switch, Tooltip } from '@fluentui/react-components'
import { setPresenterMode, usePresenterMode } from './presenter-mode.ts'

/** Larger text and masked identifiers, for a projector. Masking changes what is shown, never what is sent. */
export function PresenterSwitch() {
  const on = usePresenterMode()
  return (
    <Tooltip
      content="Larger text; identifiers masked in the preview, the code and share links (what is sent is unchanged)"
      relationship="description"
    >
      <Switch
        label="Presenter mode"
        checked={on}
        onChange={(_, data) => {
          setPresenterMode(data.checked)
        }}
      />
    </Tooltip>
  )
}
