import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, defineConfig, devices } from '@playwright/test'

/** Playwright's own Chromium when installed; otherwise the system one (Debian: apt-get install chromium). */
function chromiumExecutable(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH
  if (existsSync(chromium.executablePath())) return undefined
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((path) =>
    existsSync(path),
  )
}

const port = Number(process.env.E2E_PORT ?? 4517)
const origin = `https://localhost:${port}`
// Throw-away: wiped each time the web server starts, so every run begins with no sessions.
const dataDir = join(tmpdir(), `session-composer-e2e-${port}`)
const wipeDataDir = `node -e 'require("node:fs").rmSync(process.argv[1], { recursive: true, force: true })' ${JSON.stringify(dataDir)}`

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // A test that passes only on a second try is a flake: it fails the run instead of hiding (see docs/testing.md).
  retries: 0,
  failOnFlakyTests: true,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  // On this 2-core machine the slowest tests take ~20 s quiet and up to 60 s beside another CI run and a build loop
  // (the axe scans, Undo); 180 s stays 3× above. Keyboard-only sets its own (docs/testing.md).
  timeout: 180_000,
  expect: { timeout: 15_000 },
  use: {
    baseURL: origin,
    // The sandbox's certificate is self-signed (generated on first start); see the README.
    ignoreHTTPSErrors: true,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // A new admin's screen: the wide layout, every pane at once. Tests of the projector's layout set 1024×768.
        viewport: { width: 1440, height: 900 },
        launchOptions: {
          executablePath: chromiumExecutable(),
          args: [
            '--disable-gpu',
            '--disable-quic',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: {
    // The app, the sign-in server and the sandbox API on one https origin, as `npm run serve` runs them.
    // `npm test` builds once (the bundle budget checks that build) and sets E2E_PREBUILT to reuse it here.
    command: `${wipeDataDir} && ${process.env.E2E_PREBUILT ? '' : 'npm run build && '}node_modules/.bin/tsx sandbox/main.ts --static dist`,
    env: { PORT: String(port), HOST: 'localhost', DATA_DIR: dataDir },
    url: `${origin}/_sandbox/health`,
    ignoreHTTPSErrors: true,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
})
