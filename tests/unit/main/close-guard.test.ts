import type { BrowserWindow } from 'electron'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IpcChannel } from '../../../src/shared/ipc-channels'

const electron = await vi.hoisted(async () => (await import('./fake-electron')).fakeElectron())
vi.mock('electron', () => electron)

const { autoBackupSettled, installCloseBackup } =
  await import('../../../src/main/backup/close-guard')

function setup() {
  const window = new electron.BrowserWindow({})
  const closed = vi.fn()
  window.on('closed', closed)
  installCloseBackup(window as unknown as BrowserWindow, 5000)
  return { window, closed, typed: window as unknown as BrowserWindow }
}

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

describe('a last automatic backup before the window closes', () => {
  it('holds the first close, asks the page once, and closes when the backup is written', () => {
    const { window, closed, typed } = setup()
    window.close()
    window.close()
    expect(closed).not.toHaveBeenCalled()
    expect(window.webContents.send).toHaveBeenCalledExactlyOnceWith(IpcChannel.backupBeforeQuit)
    autoBackupSettled(typed)
    expect(closed).toHaveBeenCalledOnce()
  })

  it('closes after the timeout when the page does not answer', () => {
    const { window, closed } = setup()
    window.close()
    vi.advanceTimersByTime(4999)
    expect(closed).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1)
    expect(closed).toHaveBeenCalledOnce()
  })

  it('a backup written while the window stays open does not close it', () => {
    const { closed, typed } = setup()
    autoBackupSettled(typed)
    expect(closed).not.toHaveBeenCalled()
  })

  it('does not wait for a page that is already gone', () => {
    const { window, closed } = setup()
    window.webContents.isDestroyed.mockReturnValue(true)
    window.close()
    expect(closed).toHaveBeenCalledOnce()
    expect(window.webContents.send).not.toHaveBeenCalled()
  })
})

describe('the main window', () => {
  it('is created with the close guard installed', async () => {
    const { createMainWindow } = await import('../../../src/main/window')
    const window = createMainWindow() as unknown as InstanceType<typeof electron.BrowserWindow>
    window.close()
    expect(window.webContents.send).toHaveBeenCalledWith(IpcChannel.backupBeforeQuit)
  })
})
