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
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser']
  return candidates.find((candidate): candidate is string => Boolean(candidate && existsSync(candidate))) ?? null
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
export async function serveBenchPage(page: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const root = resolve(__dirname, 'browser')
  const outDir = mkdtempSync(join(tmpdir(), 'b12-bench-'))
  await build({
    root,
    base: './',
    logLevel: 'warn',
    configFile: false,
    build: { outDir, emptyOutDir: true, assetsInlineLimit: 0, modulePreload: false, rollupOptions: { input: join(root, `${page}.html`) } },
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
