import { useBodyMask } from '#src/features/open-draft/body-mask.ts'
import { useDraft } from '#src/features/open-draft/draft-context.tsx'
import type { JsonPath, JsonValue } from '#src/lib/json/json-value.ts'
import { getIn } from '#src/lib/json/path.ts'
import { displayText } from './input-value.ts'

/**
 * In presenter mode, the text a field shows when its value is an identifier: the masked one; null when the
 * field shows what it holds. The mask is memoised per subtree, so a keystroke re-masks one path.
 */
export function useMaskedText(
  path: JsonPath,
  format: (value: JsonValue | undefined) => string = displayText,
): string | null {
  const mask = useBodyMask()
  return useDraft((s) => {
    if (!mask) return null
    const real = format(getIn(s.body, path))
    const shown = format(getIn(mask.maskBody(s.body), path))
    return shown === real ? null : shown
  })
}
