import { useVisuallyHidden } from '#src/components/ui/visually-hidden.ts'
import { useActiveTarget } from '#src/features/settings/settings-context.ts'
import { TARGET_LABELS } from '#src/features/settings/target-settings.ts'

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url
  }
}

/** Where Send goes, under the account in the header: "Sandbox · localhost:5443". */
export function TargetLabel() {
  const hidden = useVisuallyHidden().hidden
  const { kind, baseUrl } = useActiveTarget()
  return (
    <span title={`Send goes to ${baseUrl}`}>
      <span className={hidden}>Target: </span>
      {TARGET_LABELS[kind]} · {hostOf(baseUrl)}
    </span>
  )
}
