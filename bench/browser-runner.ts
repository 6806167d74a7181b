/**
 * Builds a benchmark page with Vite, serves it on localhost and opens it in Chromium (the engine
 * Electron ships), returning what the page reports. Chromium: CHROMIUM_PATH or /usr/bin/chromium.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'
import { build, preview } from 'vite'

export function chromiumPath(): string | null {
  const candidates = [
    process.env['CHROMIUM_PATH'],
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
  ]
  return (
    candidates.find((candidate): candidate is string =>
      Boolean(candidate && existsSync(candidate)),
    ) ?? null
  )
}

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export async function launchChromium(): Promise<Browser | null> {
  const executablePath = chromiumPath()
  if (!executablePath) return null
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS })
}

/** Builds `bench/browser/<page>.html` and serves it; returns its URL and a stop function. */
export async function serveBenchPage(
  page: string,
): Promise<{ url: string; stop: () => Promise<void> }> {
  const root = resolve(__dirname, 'browser')
  const outDir = mkdtempSync(join(tmpdir(), 'b12-bench-'))
  await build({
    root,
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: {
      outDir,
      emptyOutDir: true,
      assetsInlineLimit: 0,
      modulePreload: false,
      rollupOptions: { input: join(root, `${page}.html`) },
    },
  })
  const server = await preview({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0 },
  })
  const address = server.resolvedUrls?.local[0] ?? ''
  return {
    url: `${address}${page}.html`,
    stop: async () => {
      await server.close()
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}

export type BenchResult = Record<string, number | number[] | string>

/**
 * Builds and serves `bench/browser/<page>.html` and opens it `runs` times, each in a fresh
 * browser context (fresh IndexedDB), collecting what the page puts in window.__benchResult.
 * Returns null (and says so) when no Chromium is installed.
 */
export async function runBenchPage(page: string, runs: number): Promise<BenchResult[] | null> {
  const browser = await launchChromium()
  if (!browser) {
    console.log(`Chromium not found (set CHROMIUM_PATH): ${page} figures skipped`)
    return null
  }
  const served = await serveBenchPage(page)
  const results: BenchResult[] = []
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
      const tab = await context.newPage()
      await tab.goto(served.url)
      await tab.waitForFunction(
        () => (window as { __benchResult?: unknown }).__benchResult !== undefined,
        null,
        { timeout: 120_000 },
      )
      const result = await tab.evaluate(
        () => (window as { __benchResult?: BenchResult }).__benchResult ?? { error: 'no result' },
      )
      if (typeof result['error'] === 'string') throw new Error(result['error'])
      results.push(result)
      await context.close()
    }
  } finally {
    await browser.close()
    await served.stop()
  }
  return results
}
