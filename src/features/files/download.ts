import { DOWNLOAD_URL_LIFETIME_MS } from '#src/lib/timings.ts'

/** Saves text as a file through the browser's download, nothing uploaded anywhere. */
export function downloadText(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, DOWNLOAD_URL_LIFETIME_MS)
}

/** A file name from a draft name: letters, digits, dots and dashes. */
export function safeFileName(name: string, fallback = 'draft'): string {
  const safe = name
    .normalize('NFKD')
    .replace(/[^\w.-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
  return safe || fallback
}
