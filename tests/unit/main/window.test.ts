import { afterEach, describe, expect, it, vi } from 'vitest'

const electron = await vi.hoisted(async () => (await import('./fake-electron')).fakeElectron())
vi.mock('electron', () => electron)

const { createMainWindow, entryUrl, getMainWindow, windowOptions } =
  await import('../../../src/main/window')

afterEach(() => {
  electron.app.isPackaged = true
  vi.unstubAllEnvs()
})

describe('windowOptions', () => {
  const options = windowOptions('/app/out/preload/index.js')

  it('keeps the renderer isolated, sandboxed and without Node', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
    })
  })

  it('stays hidden until ready to show, with a usable minimum size', () => {
    expect(options.show).toBe(false)
    expect(options.backgroundColor).toMatch(/^#[0-9a-f]{6}$/i)
    expect(options.minWidth).toBeGreaterThanOrEqual(640)
    expect(options.minHeight).toBeGreaterThanOrEqual(480)
  })
})

describe('createMainWindow', () => {
  it('loads the app:// page with the built preload and shows on ready-to-show', () => {
    const window = createMainWindow() as unknown as InstanceType<typeof electron.BrowserWindow>
    const webPreferences = (window.options as ReturnType<typeof windowOptions>).webPreferences
    expect(webPreferences?.preload).toMatch(/preload[/\\]index\.js$/)
    expect(webPreferences?.sandbox).toBe(true)
    expect(window.loadURL).toHaveBeenCalledWith('app://b12-planner/index.html')
    expect(window.show).not.toHaveBeenCalled()
    window.emit('ready-to-show')
    expect(window.show).toHaveBeenCalledOnce()
  })

  it('restates the key flags at the BrowserWindow call without changing any option', () => {
    const window = createMainWindow() as unknown as InstanceType<typeof electron.BrowserWindow>
    const preload = (window.options as ReturnType<typeof windowOptions>).webPreferences?.preload
    expect(window.options).toEqual(windowOptions(preload!))
  })

  it('is the trusted main window until closed', () => {
    const window = createMainWindow()
    expect(getMainWindow()).toBe(window)
    ;(window as unknown as InstanceType<typeof electron.BrowserWindow>).emit('closed')
    expect(getMainWindow()).toBeNull()
  })
})

describe('entryUrl', () => {
  it('uses the dev server only in an unpackaged app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/')
    expect(entryUrl()).toBe('app://b12-planner/index.html')
    electron.app.isPackaged = false
    expect(entryUrl()).toBe('http://localhost:5173/')
  })
})
