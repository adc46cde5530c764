import type { BuiltRequest } from '../build-request.ts'
import { SANDBOX_CERTIFICATE } from './sandbox-certificate.ts'

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

export interface CurlOptions {
  /** The local sandbox: its certificate is self-signed, so curl is told to trust it. */
  sandbox?: boolean
}

/**
 * The request as curl (bash, zsh, sh). The quoted here-document passes the body through untouched: no
 * expansion of `$`, backticks or backslashes. The token comes from `$TOKEN`, never from the app.
 */
export function curlSnippet(
  request: Pick<BuiltRequest, 'url' | 'headers' | 'prettyBody'>,
  { sandbox = false }: CurlOptions = {},
): string {
  const delimiter = heredocDelimiter(request.prettyBody)
  const headers = request.headers.map(([name, value]) =>
    name === 'Authorization'
      ? `  -H "Authorization: Bearer $TOKEN"`
      : `  -H ${shellQuote(`${name}: ${value}`)}`,
  )
  const trust = sandbox
    ? [
        '# The sandbox signs its https with its own certificate; --cacert trusts it. npm start keeps it in its',
        `# data directory: ${SANDBOX_CERTIFICATE} from where it was started (DATA_DIR=… puts it elsewhere).`,
        '# $TOKEN: an access token for the sandbox API (the app never puts a token in code).',
      ]
    : ['# $TOKEN: an access token for the target (the app never puts a token in code).']
  return [
    ...trust,
    `curl -X POST ${shellQuote(request.url)} \\`,
    ...(sandbox ? [`  --cacert ${shellQuote(SANDBOX_CERTIFICATE)} \\`] : []),
    ...headers.map((line) => `${line} \\`),
    `  --data-binary @- <<'${delimiter}'`,
    request.prettyBody,
    delimiter,
    '',
  ].join('\n')
}
