import { spawnSync } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { initialDraft } from '#src/features/open-draft/draft-state.ts'
import { JsonNumber } from '#src/lib/json/json-value.ts'
import { fromPlain } from '#src/lib/json/plain.ts'
import { stringifyJson } from '#src/lib/json/stringify.ts'
import { buildRequest } from '../build-request.ts'
import { curlSnippet, heredocDelimiter } from './curl-snippet.ts'
import { fetchSnippet } from './fetch-snippet.ts'
import { SANDBOX_CERTIFICATE } from './sandbox-certificate.ts'
import { NASTY_STRINGS } from './testing/nasty.ts'

const body = fromPlain({
  strings: NASTY_STRINGS,
  [NASTY_STRINGS[0] ?? '']: null,
  linkSpeed: new JsonNumber('9007199254740993'),
  empty: {},
})
const request = buildRequest(
  { ...initialDraft(body), callRecordId: "it's a b/c" },
  { kind: 'custom', baseUrl: "https://proxy.example/o'neil/$HOME/beta" },
  '0b7c4c36-0000-4000-8000-000000000000',
)

describe('curl snippet', () => {
  it('passes the URL, the headers and the body through bash untouched', () => {
    // A stand-in curl prints its arguments and its standard input, one per NUL-terminated record.
    const stub = 'curl() { printf "%s\\0" "$@"; cat; }\nTOKEN=secret-token\n'
    const run = spawnSync('bash', ['-c', stub + curlSnippet(request)], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    const parts = run.stdout.split('\0')
    expect(parts.slice(0, -1)).toEqual([
      '-X',
      'POST',
      request.url,
      '-H',
      'Authorization: Bearer secret-token',
      '-H',
      'Content-Type: application/json',
      '-H',
      'Accept: application/json',
      '-H',
      'client-request-id: 0b7c4c36-0000-4000-8000-000000000000',
      '--data-binary',
      '@-',
    ])
    expect(parts.at(-1)).toBe(`${request.prettyBody}\n`)
    expect(curlSnippet(request)).not.toContain('<redacted>')
  })

  it('trusts the sandbox’s own certificate where npm start keeps it, and says where that is', () => {
    const stub = 'curl() { printf "%s\\0" "$@"; }\nTOKEN=secret-token\n'
    const snippet = curlSnippet(request, { sandbox: true })
    const run = spawnSync('bash', ['-c', stub + snippet], { encoding: 'utf8' })
    expect(run.stdout.split('\0').slice(0, 5)).toEqual([
      '-X',
      'POST',
      request.url,
      '--cacert',
      SANDBOX_CERTIFICATE,
    ])
    expect(snippet).toContain(`# data directory: ${SANDBOX_CERTIFICATE} from where it was started`)
    expect(curlSnippet(request)).not.toContain('--cacert')
  })

  it('picks a delimiter that no line of the body equals', () => {
    expect(heredocDelimiter('{\n  "a": 1\n}')).toBe('JSON')
    expect(heredocDelimiter('JSON\nJSON_1\nx')).toBe('JSON_2')
  })
})

describe('fetch snippet', () => {
  it('is JavaScript that sends exactly the body text, the token only from `token`', async () => {
    const calls: { url: string; init: { method: string; headers: Record<string, string>; body: string } }[] =
      []
    const fakeFetch = (url: string, init: (typeof calls)[number]['init']) => {
      calls.push({ url, init })
      return Promise.resolve('response')
    }
    const AsyncFunction = (
      Object.getPrototypeOf(async function () {
        await Promise.resolve()
      }) as { constructor: new (...args: string[]) => (...values: unknown[]) => Promise<unknown> }
    ).constructor
    await new AsyncFunction('fetch', 'token', fetchSnippet(request))(fakeFetch, 'secret-token')
    expect(calls).toHaveLength(1)
    const [call] = calls
    expect(call?.url).toBe(request.url)
    expect(call?.init.method).toBe('POST')
    expect(call?.init.headers).toEqual({
      Authorization: 'Bearer secret-token',
      'Content-Type': 'application/json',
      Accept: 'application/json',
      'client-request-id': '0b7c4c36-0000-4000-8000-000000000000',
    })
    expect(call?.init.body).toBe(request.prettyBody)
    expect(call?.init.body).toBe(stringifyJson(body, 2))
    expect(call?.init.body).toContain('"linkSpeed": 9007199254740993')
  })
})
