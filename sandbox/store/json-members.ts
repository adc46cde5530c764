/** A top-level member of a JSON object text: its name and where `"name":value` starts and ends. */
export interface Member {
  name: string
  start: number
  end: number
}

const STRUCTURE = /["[\]{}]/g

/**
 * The members of a JSON object's text, found by scanning rather than parsing: nothing below the top level
 * is built, so a 4 MB session costs one pass over its text and a handful of small objects. The text must be
 * valid JSON (the store only holds what the API accepted and wrote).
 */
export function topLevelMembers(text: string): Member[] {
  const members: Member[] = []
  let at = skipSpace(text, 0)
  if (text[at] !== '{') throw new Error('Not a JSON object')
  at = skipSpace(text, at + 1)
  while (text[at] === '"') {
    const start = at
    const keyEnd = stringEnd(text, at)
    const name: unknown = JSON.parse(text.slice(start, keyEnd))
    at = skipSpace(text, keyEnd)
    if (text[at] !== ':' || typeof name !== 'string') throw new Error('Not a JSON object')
    const end = valueEnd(text, skipSpace(text, at + 1))
    members.push({ name, start, end })
    at = skipSpace(text, end)
    if (text[at] === ',') at = skipSpace(text, at + 1)
  }
  return members
}

/** The object's text with only the members `keep` accepts, in their order, byte for byte. */
export function pickMembers(text: string, keep: (name: string) => boolean): string {
  const parts = topLevelMembers(text)
    .filter((member) => keep(member.name))
    .map((member) => text.slice(member.start, member.end))
  return `{${parts.join(',')}}`
}

/** `{"name":value,…rest of the object}`: a member put in front of an object's text without parsing it. */
export function prependMember(name: string, value: string, objectText: string): string {
  const rest = objectText.slice(objectText.indexOf('{') + 1).trimStart()
  const member = `${JSON.stringify(name)}:${JSON.stringify(value)}`
  return rest.startsWith('}') ? `{${member}}` : `{${member},${rest}`
}

function skipSpace(text: string, from: number): number {
  let at = from
  while (at < text.length && ' \t\n\r'.includes(text.charAt(at))) at++
  return at
}

/** Index just after the string that opens at `open`. */
function stringEnd(text: string, open: number): number {
  let at = open + 1
  for (;;) {
    const quote = text.indexOf('"', at)
    if (quote === -1) throw new Error('Unterminated string')
    let backslashes = 0
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++
    if (backslashes % 2 === 0) return quote + 1
    at = quote + 1
  }
}

/** Index just after the value that starts at `from`. */
function valueEnd(text: string, from: number): number {
  const first = text[from]
  if (first === '"') return stringEnd(text, from)
  if (first !== '{' && first !== '[') {
    let at = from
    while (at < text.length && !',}] \t\n\r'.includes(text.charAt(at))) at++
    return at
  }
  let depth = 0
  STRUCTURE.lastIndex = from
  for (let match = STRUCTURE.exec(text); match; match = STRUCTURE.exec(text)) {
    const ch = match[0]
    if (ch === '"') STRUCTURE.lastIndex = stringEnd(text, match.index)
    else if (ch === '{' || ch === '[') depth++
    else if (--depth === 0) return match.index + 1
  }
  throw new Error('Unterminated value')
}
