import type { BuiltRequest } from '../build-request.ts'

/** A POSIX shell word with exactly this text: single-quoted, each `'` written as `'\''`. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`
}

/** A here-document delimiter that no line of `text` equals, so the body cannot end it early. */
export function heredocDelimiter(text: string): string {
  const lines = new Set(text.split('\n'))
  let delimiter = 'JSON'
  for (let n = 1; lines.has(delimiter); n++) delimiter = `JSON_${n}`
  return delimiter
}

/**
 * The request as curl (bash, zsh, sh). The quoted here-document passes the body through untouched: no
 * expansion of `$`, backticks or backslashes. The token comes from `$TOKEN`, never from the app.
 */
export function curlSnippet(request: Pick<BuiltRequest, 'url' | 'headers' | 'prettyBody'>): string {
  const delimiter = heredocDelimiter(request.prettyBody)
  const headers = request.headers.map(([name, value]) =>
    name === 'Authorization'
      ? `  -H "Authorization: Bearer $TOKEN"`
      : `  -H ${shellQuote(`${name}: ${value}`)}`,
  )
  return [
    `curl -X POST ${shellQuote(request.url)} \\`,
    ...headers.map((line) => `${line} \\`),
    `  --data-binary @- <<'${delimiter}'`,
    request.prettyBody,
    delimiter,
    '',
  ].join('\n')
}
