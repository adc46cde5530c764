import type { TestResponse } from './https-request.ts'

/** Just enough of a browser's cookie store for the sign-in test: names and values, every path. */
export class CookieJar {
  private readonly cookies = new Map<string, string>()
  readonly attributes: string[] = []

  take(res: TestResponse): void {
    for (const line of res.headers['set-cookie'] ?? []) {
      const [pair = '', ...attributes] = line.split(';')
      const at = pair.indexOf('=')
      this.cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim())
      this.attributes.push(attributes.join(';').toLowerCase())
    }
  }

  header(): Record<string, string> {
    return { Cookie: Array.from(this.cookies, ([name, value]) => `${name}=${value}`).join('; ') }
  }
}
