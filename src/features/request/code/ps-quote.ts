// PowerShell ends a single-quoted string on any of these, not only on the ASCII apostrophe.
const SINGLE_QUOTES = /['\u2018\u2019\u201a\u201b]/g
// PowerShell's double quotes, likewise.
const DOUBLE_QUOTES = /["\u201c\u201d\u201e]/
// Characters that do not survive a copy, a paste and a save as literal text: controls, line and paragraph
// separators, and lone surrogates. Strings with any of them are written double-quoted, escaped.
const UNSAFE =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u001f\u007f\u0085\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

const NAMED_ESCAPES: Record<string, string> = {
  '\0': '`0',
  '\u0007': '`a',
  '\b': '`b',
  '\t': '`t',
  '\n': '`n',
  '\v': '`v',
  '\f': '`f',
  '\r': '`r',
}

// Keywords are quoted as keys, to be safe in every PowerShell version.
const KEYWORDS = new Set(
  'begin break catch class clean configuration continue data define do dynamicparam else elseif end enum exit filter finally for foreach from function hidden if in inlinescript parallel param process return sequence static switch throw trap try until using var while workflow'.split(
    ' ',
  ),
)

/** A PowerShell string literal with exactly the text of `value`; nothing inside it is expanded. */
export function psString(value: string): string {
  if (!UNSAFE.test(value)) return `'${value.replace(SINGLE_QUOTES, (q) => q + q)}'`
  let out = '"'
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i)
    const code = value.charCodeAt(i)
    const next = value.charCodeAt(i + 1)
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      out += ch + value.charAt(++i)
    } else if (NAMED_ESCAPES[ch] !== undefined) out += NAMED_ESCAPES[ch]
    else if (UNSAFE.test(ch)) out += `$([char]0x${code.toString(16).toUpperCase().padStart(4, '0')})`
    else if (ch === '`' || ch === '$' || DOUBLE_QUOTES.test(ch)) out += '`' + ch
    else out += ch
  }
  return out + '"'
}

/** A hashtable key: bare when it is a plain identifier, quoted otherwise (`'@odata.type'`). */
export function psKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) && !KEYWORDS.has(key.toLowerCase()) ? key : psString(key)
}

/** PowerShell hashtable keys compare case-insensitively, character by character. */
export function psFoldCase(key: string): string {
  const upper = key.toUpperCase()
  // Same length: no character expanded (like ß to SS), so the whole-string mapping is the per-character one.
  if (upper.length === key.length) return upper
  let out = ''
  for (const ch of key) {
    const upper = ch.toUpperCase()
    out += upper.length === ch.length ? upper : ch
  }
  return out
}
