/** The host of a URL for a sentence ("Send posts to graph.microsoft.com"); the text itself when unparsable. */
export function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url || 'the target'
  }
}
