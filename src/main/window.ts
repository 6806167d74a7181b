/** The one application window: hardened options, and which window IPC may trust. */
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'
import { join } from 'node:path'
import { APP_ORIGIN } from '../shared/csp'
import { installCloseBackup } from './backup/close-guard'
import { devServerUrl } from './origins'

let mainWindow: BrowserWindow | null = null

/**
 * Pure so tests can pin every security-relevant flag. Several are Electron defaults already;
 * they are spelled out so a future default change or a careless edit shows up in review.
 */
export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: 'B12 Planner',
    width: 1280,
    height: 840,
    minWidth: 800,
    minHeight: 560,
    backgroundColor: '#ffffff',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      // Middle-click would open links in a new window; denied anyway, and disabled here too.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
      safeDialogs: true,
    },
  }
}

/** The window whose top frame may call IPC, or null once it is closed. */
export function getMainWindow(): BrowserWindow | null {
  return mainWindow
}

/** The entry page: the dev server in development, the app:// origin otherwise. */
export function entryUrl(): string {
  return devServerUrl() ?? `${APP_ORIGIN}/index.html`
}

export function createMainWindow(): BrowserWindow {
  // out/main/index.js → out/preload/index.js (electron-vite output layout).
  const preload = join(__dirname, '../preload/index.js')
  const options = windowOptions(preload)
  const window = new BrowserWindow({
    ...options,
    // The most important settings are restated where the window is built, so they win whatever
    // windowOptions returns and security linters (which read only this call) can see them.
    webPreferences: {
      ...options.webPreferences,
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      disableBlinkFeatures: 'Auxclick',
    },
  })
  mainWindow = window
  window.once('ready-to-show', () => window.show())
  installCloseBackup(window)
  window.on('closed', () => {
    if (mainWindow === window) mainWindow = null
  })
  window.loadURL(entryUrl()).catch((error: unknown) => {
    console.error('Could not load the app page', error)
  })
  return window
}
