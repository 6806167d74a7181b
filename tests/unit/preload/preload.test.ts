import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { DesktopApi, MenuCommand } from '../../../src/shared/desktop-api'
import { IpcChannel } from '../../../src/shared/ipc-channels'

const electron = await vi.hoisted(async () => {
  const { EventEmitter } = await import('node:events')
  return {
    contextBridge: { exposeInMainWorld: vi.fn() },
    // invoke echoes its arguments, so a test sees exactly what would cross to main.
    ipcRenderer: Object.assign(new EventEmitter(), {
      invoke: vi.fn(async (...args: unknown[]) => ({ echoed: args })),
    }),
  }
})
vi.mock('electron', () => electron)

await import('../../../src/preload/index')
const [[worldKey, api]] = electron.contextBridge.exposeInMainWorld.mock.calls as unknown as [
  [string, DesktopApi],
]

/** Every DesktopApi method; the Exclude line fails to compile if the interface gains one. */
const METHODS = [
  'getAppInfo',
  'saveFile',
  'openFile',
  'printToPdf',
  'onMenuCommand',
  'writeAutoBackup',
  'listAutoBackups',
  'readAutoBackup',
  'onBackupBeforeQuit',
  'openExternal',
] as const
const exhaustive: Exclude<keyof DesktopApi, (typeof METHODS)[number]> extends never ? true : false =
  true

beforeEach(() => {
  electron.ipcRenderer.invoke.mockClear()
})

describe('the preload bridge', () => {
  it('exposes exactly the DesktopApi methods as window.desktop, and nothing else', () => {
    expect(exhaustive).toBe(true)
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce()
    expect(worldKey).toBe('desktop')
    expect(Object.keys(api).sort()).toEqual([...METHODS].sort())
    for (const method of METHODS) expect(typeof api[method]).toBe('function')
    expect(Object.values(api)).not.toContain(electron.ipcRenderer)
  })

  it('getAppInfo and listAutoBackups invoke their channels with no arguments', async () => {
    await expect(api.getAppInfo()).resolves.toEqual({ echoed: [IpcChannel.appInfo] })
    const list = api.listAutoBackups as (...extra: unknown[]) => Promise<unknown>
    await expect(list('smuggled')).resolves.toEqual({ echoed: [IpcChannel.backupList] })
  })

  it.each([
    [
      'saveFile',
      IpcChannel.saveFile,
      { suggestedName: 'a.csv', content: 'x', encoding: 'utf8', filters: [] },
    ],
    ['openFile', IpcChannel.openFile, { filters: [], maxBytes: 10 }],
    ['printToPdf', IpcChannel.printToPdf, { suggestedName: 'a.pdf', landscape: false }],
    ['writeAutoBackup', IpcChannel.backupWriteAuto, { content: '{}' }],
    ['readAutoBackup', IpcChannel.backupRead, { name: 'auto-backup-2026-11-21.json' }],
    ['openExternal', IpcChannel.openExternal, 'https://www.nice.org.uk/guidance/ng239'],
  ] as const)('%s invokes %s with exactly the one request', async (method, channel, request) => {
    const call = api[method] as (request: unknown, ...extra: unknown[]) => Promise<unknown>
    await call(request, 'smuggled', { more: true })
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(channel, request)
  })

  it('onMenuCommand passes only the command on, and unsubscribes exactly its own listener', () => {
    const first = vi.fn()
    const second = vi.fn()
    const unsubscribeFirst = api.onMenuCommand(first)
    api.onMenuCommand(second)
    expect(electron.ipcRenderer.listenerCount(IpcChannel.menuCommand)).toBe(2)

    const command: MenuCommand = { type: 'navigate', page: 'foods' }
    const event = { sender: electron.ipcRenderer, senderId: 0 }
    electron.ipcRenderer.emit(IpcChannel.menuCommand, event, command)
    expect(first).toHaveBeenCalledExactlyOnceWith(command)
    expect(second).toHaveBeenCalledExactlyOnceWith(command)

    unsubscribeFirst()
    unsubscribeFirst()
    expect(electron.ipcRenderer.listenerCount(IpcChannel.menuCommand)).toBe(1)
    electron.ipcRenderer.emit(IpcChannel.menuCommand, event, { type: 'text-size', action: 'reset' })
    expect(first).toHaveBeenCalledOnce()
    expect(second).toHaveBeenLastCalledWith({ type: 'text-size', action: 'reset' })
  })

  it('onBackupBeforeQuit calls the listener with nothing from the event, and unsubscribes', () => {
    const listener = vi.fn()
    const unsubscribe = api.onBackupBeforeQuit(listener)
    electron.ipcRenderer.emit(
      IpcChannel.backupBeforeQuit,
      { sender: electron.ipcRenderer },
      'smuggled',
    )
    expect(listener).toHaveBeenCalledExactlyOnceWith()
    unsubscribe()
    electron.ipcRenderer.emit(IpcChannel.backupBeforeQuit, { sender: electron.ipcRenderer })
    expect(listener).toHaveBeenCalledOnce()
    expect(electron.ipcRenderer.listenerCount(IpcChannel.backupBeforeQuit)).toBe(0)
  })
})
