import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IpcChannel } from '../../../src/shared/ipc-channels'

const electron = await vi.hoisted(async () => (await import('./fake-electron')).fakeElectron())
vi.mock('electron', () => electron)

/** Importing the entry point runs start(), as Electron does. */
async function launch(): Promise<void> {
  vi.resetModules()
  await import('../../../src/main/index')
  await new Promise((resolve) => setImmediate(resolve))
}

beforeEach(() => {
  vi.clearAllMocks()
  electron.app.removeAllListeners()
  electron.BrowserWindow.instances.length = 0
})

describe('main lifecycle', () => {
  it('quits at once when another instance holds the lock', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false)
    await launch()
    expect(electron.app.quit).toHaveBeenCalled()
    expect(electron.protocol.registerSchemesAsPrivileged).not.toHaveBeenCalled()
    expect(electron.BrowserWindow.instances).toHaveLength(0)
  })

  it('privileges app: before ready, then sets everything up before the window', async () => {
    let privilegedBeforeReady = false
    electron.app.whenReady.mockImplementationOnce(async () => {
      privilegedBeforeReady = electron.protocol.registerSchemesAsPrivileged.mock.calls.length === 1
    })
    await launch()
    expect(privilegedBeforeReady).toBe(true)
    expect(electron.app.enableSandbox).toHaveBeenCalled()
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    const ses = electron.session.defaultSession
    expect(ses.webRequest.onHeadersReceived).toHaveBeenCalled()
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled()
    expect(electron.ipcMain.handle.mock.calls.map(([channel]) => channel)).toContain(
      IpcChannel.saveFile,
    )
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalled()
    expect(electron.app.listenerCount('web-contents-created')).toBe(1)
    expect(electron.BrowserWindow.instances).toHaveLength(1)
  })

  it('focuses the existing window when a second instance starts', async () => {
    await launch()
    const [window] = electron.BrowserWindow.instances
    window!.isMinimized.mockReturnValueOnce(true)
    electron.app.emit('second-instance')
    expect(window!.restore).toHaveBeenCalled()
    expect(window!.focus).toHaveBeenCalled()
  })

  it('quits when the last window closes, except on macOS', async () => {
    await launch()
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!
    try {
      Object.defineProperty(process, 'platform', { value: 'darwin' })
      electron.app.emit('window-all-closed')
      expect(electron.app.quit).not.toHaveBeenCalled()
      Object.defineProperty(process, 'platform', { value: 'linux' })
      electron.app.emit('window-all-closed')
      expect(electron.app.quit).toHaveBeenCalledOnce()
    } finally {
      Object.defineProperty(process, 'platform', platform)
    }
  })
})
