/**
 * Copies text. The async Clipboard API needs a secure context; a workshop machine reached over plain http
 * on the LAN is not one, so fall back to a hidden textarea and `execCommand('copy')`.
 */
export async function copyToClipboard(text: string): Promise<void> {
  if (window.isSecureContext) {
    await navigator.clipboard.writeText(text)
    return
  }
  const area = document.createElement('textarea')
  area.value = text
  area.setAttribute('readonly', '')
  area.style.position = 'fixed'
  area.style.opacity = '0'
  document.body.append(area)
  area.select()
  // eslint-disable-next-line @typescript-eslint/no-deprecated -- the only clipboard access outside secure contexts
  const copied = document.execCommand('copy')
  area.remove()
  if (!copied) throw new Error('The browser refused to copy')
}
