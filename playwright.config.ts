import { existsSync } from 'node:fs'
import { defineConfig } from '@playwright/test'

/**
 * End-to-end tests run the built renderer (`npm run build:web`) served by `vite preview`, in
 * Chromium: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium, else Playwright's own browser
 * (on a developer laptop). Chromium is started with no network chatter, as the environment guide
 * explains.
 */
function chromiumPath(): string | undefined {
  const candidates = [
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]
  return candidates.find((candidate): candidate is string =>
    Boolean(candidate && existsSync(candidate)),
  )
}

/** E2E_PORT lets CI avoid a preview server a developer may have running on 4173. */
const PORT = Number(process.env['E2E_PORT'] ?? 4173)

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env['B12_TEST_REPORT_DIR']
    ? [['list'], ['json', { outputFile: `${process.env['B12_TEST_REPORT_DIR']}/playwright.json` }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'chromium', testIgnore: /electron-smoke\.spec\.ts/ },
    { name: 'electron', testMatch: /electron-smoke\.spec\.ts/ },
  ],
  webServer: {
    command: `npx vite preview --config vite.web.config.mts --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
    env: { VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  },
})
