// Browsers stop painting a text run somewhere past a few hundred thousand characters, and a 4 MB string
// value is one line. Longer lines are cut for display only; copying takes the whole text.
export const MAX_SHOWN_CHARACTERS = 5000

/** A line as the viewer paints it: empty lines keep their height, very long ones are cut with a note. */
export function displayLine(line: string): string {
  if (line.length <= MAX_SHOWN_CHARACTERS) return line || '\u200b'
  const rest = line.length - MAX_SHOWN_CHARACTERS
  return `${line.slice(0, MAX_SHOWN_CHARACTERS)} … (${rest.toLocaleString('en-US')} more characters not shown)`
}
