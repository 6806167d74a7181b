/**
 * Main process lifecycle. Order matters: the app:// scheme must be privileged before 'ready',
 * and the security hooks must be in place before the first web contents exists.
 */
import { app, BrowserWindow, session } from 'electron'
import { join } from 'node:path'
import { registerIpcHandlers } from './ipc/register'
import { printToPdf } from './ipc/print-to-pdf'
import { installMenu } from './menu'
import { registerAppProtocol, registerAppScheme } from './protocol'
import { installSecurity } from './security'
import { createMainWindow, getMainWindow } from './window'

function focusMainWindow(): void {
  const window = getMainWindow()
  if (!window) return
  if (window.isMinimized()) window.restore()
  window.focus()
}

function printFromMenu(): void {
  const window = getMainWindow()
  if (!window) return
  printToPdf(window, { suggestedName: 'B12 Planner.pdf', landscape: false })
    .then((result) => {
      if (!result.ok && result.reason === 'error')
        console.error('Print to PDF failed:', result.message)
    })
    .catch((error: unknown) => console.error('Print to PDF failed:', error))
}

async function onReady(): Promise<void> {
  // out/main/index.js → out/renderer (electron-vite output layout).
  registerAppProtocol(join(__dirname, '../renderer'))
  installSecurity(app, session.defaultSession)
  registerIpcHandlers(app, getMainWindow)
  installMenu(app, printFromMenu)
  createMainWindow()
}

export function start(): void {
  // A second copy would open the same IndexedDB from two processes; hand over to the first.
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  // Belt and braces with sandbox: true in windowOptions: every renderer is sandboxed.
  app.enableSandbox()
  registerAppScheme()
  app.on('second-instance', focusMainWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) createMainWindow()
  })
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Startup failed:', error)
      app.quit()
    })
}

start()
