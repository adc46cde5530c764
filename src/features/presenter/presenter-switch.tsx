import { Switch, Tooltip } from '@fluentui/react-components'
import { setPresenterMode, usePresenterMode } from './presenter-mode.ts'

/** Larger text and masked identifiers, for a projector. Masking changes what is shown, never what is sent. */
export function PresenterSwitch() {
  const on = usePresenterMode()
  return (
    <Tooltip
      content="Presenter mode: larger text; identifiers masked wherever they show (what is sent and copied is unchanged)"
      relationship="description"
    >
      <Switch
        label="Presenter"
        aria-label="Presenter mode"
        checked={on}
        onChange={(_, data) => {
          setPresenterMode(data.checked)
        }}
      />
    </Tooltip>
  )
}
