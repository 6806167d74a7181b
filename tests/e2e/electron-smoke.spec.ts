/**
 * Launches the built desktop app (`npm run build`, then out/main/index.js) in a real Electron
 * and checks the shell end to end: window title, the preload bridge, navigation. It runs
 * wherever an Electron binary is installed and skips, saying so, where none is (see
 * environment.md: the project's CI machines cannot download one).
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test'

const SKIP_REASON = 'Electron binary not installed on this machine: smoke test skipped'
const APP_DIR = path.resolve(__dirname, '../..')
const MAIN_ENTRY = path.join(APP_DIR, 'out/main/index.js')

/**
 * The Electron executable, or undefined. Never `require('electron')` to find it: when the
 * binary is missing, that require tries to download it.
 */
function electronBinary(): string | undefined {
  try {
    const packageDir = path.dirname(
      createRequire(path.join(APP_DIR, 'package.json')).resolve('electron/package.json'),
    )
    // Same lookup as the electron package's index.js: path.txt names the binary inside dist/.
    const pathFile = path.join(packageDir, 'path.txt')
    const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined
    const override = process.env['ELECTRON_OVERRIDE_DIST_PATH']
    const binary = override
      ? path.join(override, relative ?? 'electron')
      : relative && path.join(packageDir, 'dist', relative)
    return binary && existsSync(binary) ? binary : undefined
  } catch {
    return undefined
  }
}

const executablePath = electronBinary()

test.describe('Electron smoke', () => {
  test.skip(executablePath === undefined, SKIP_REASON)

  let app: ElectronApplication

  test.beforeAll(async () => {
    expect(existsSync(MAIN_ENTRY), 'run `npm run build` first').toBe(true)
    app = await electron.launch({
      executablePath,
      // The folder, not the file: Electron then reads package.json ("main", productName).
      args: [APP_DIR],
      env: { ...process.env, ELECTRON_RENDERER_URL: '' },
    })
  })

  test.afterAll(async () => {
    await app?.close()
  })

  test('opens the planner window with the desktop bridge and navigates to Foods', async () => {
    const page = await app.firstWindow()
    await expect(page).toHaveTitle(/B12 Planner/)
    expect(page.url()).toMatch(/^app:\/\/b12-planner\//)

    const keys = await page.evaluate(() => Object.keys(window.desktop ?? {}).sort())
    expect(keys).toEqual(['getAppInfo', 'onMenuCommand', 'openFile', 'printToPdf', 'saveFile'])
    const info = await page.evaluate(() => window.desktop!.getAppInfo())
    expect(info).toMatchObject({ name: 'B12 Planner', host: 'desktop' })
    // The sandboxed page must not see Node.
    expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
      'undefined',
    )

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Foods', exact: true })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Foods' })).toBeVisible()
  })
})
