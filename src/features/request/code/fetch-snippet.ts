import type { BuiltRequest } from '../build-request.ts'

/** A single-quoted JavaScript string literal with exactly this text. */
export function jsString(value: string): string {
  return `'${value.replace(/[\\'\n\r\u2028\u2029]/g, (ch) => {
    if (ch === '\n') return '\\n'
    if (ch === '\r') return '\\r'
    if (ch === '\\' || ch === "'") return `\\${ch}`
    return `\\u${ch.charCodeAt(0).toString(16)}`
  })}'`
}

/** A template literal with exactly this text: `\`, the backtick and `${` escaped; CR written as `\r`. */
export function jsTemplate(value: string): string {
  return `\`${value.replace(/\\|`|\$\{|\r/g, (m) => (m === '\r' ? '\\r' : `\\${m}`))}\``
}

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/

/** The request as JavaScript fetch. The body stays text so that Int64 values are not rounded. */
export function fetchSnippet(request: Pick<BuiltRequest, 'url' | 'headers' | 'prettyBody'>): string {
  const headers = request.headers.map(([name, value]) => {
    const key = IDENTIFIER.test(name) ? name : jsString(name)
    return name === 'Authorization' ? `    ${key}: \`Bearer \${token}\`,` : `    ${key}: ${jsString(value)},`
  })
  return [
    '// `token`: an access token for the target (for example from MSAL acquireTokenSilent).',
    `const response = await fetch(${jsString(request.url)}, {`,
    "  method: 'POST',",
    '  headers: {',
    ...headers,
    '  },',
    '  // Sent as text, not JSON.stringify(object): Int64 values beyond 2^53 stay exact.',
    `  body: ${jsTemplate(request.prettyBody)},`,
    '})',
    '',
  ].join('\n')
}
