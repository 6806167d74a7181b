import type { BrowserWindow, IpcMainInvokeEvent } from 'electron'
import fc from 'fast-check'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IpcChannel } from '../../../src/shared/ipc-contract'

const electron = await vi.hoisted(async () => (await import('./fake-electron')).fakeElectron())
vi.mock('electron', () => electron)

const { APP_PAGE, fakeFrame, fakeWebContents } = await import('./fake-electron')
const { registerIpcHandlers } = await import('../../../src/main/ipc/register')

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>

const webContents = fakeWebContents(fakeFrame(APP_PAGE, 1))
const window = { webContents } as unknown as BrowserWindow
let currentWindow: BrowserWindow | null = window
/** The automatic-backup folder, as a spy: the handlers must reach it only after both checks. */
const backups = {
  folder: '/backups',
  write: vi.fn(async () => ({
    ok: true as const,
    name: 'auto-backup-2026-11-21.json',
    path: '/backups/auto-backup-2026-11-21.json',
  })),
  list: vi.fn(async () => ({ ok: true as const, folder: '/backups', backups: [] })),
  read: vi.fn(async (name: string) => ({ ok: true as const, name, content: '{}' })),
}
const register = () => registerIpcHandlers(electron.app as never, () => currentWindow, backups)
register()

function handler(channel: string): Handler {
  const call = electron.ipcMain.handle.mock.calls.find(([name]) => name === channel)
  if (!call) throw new Error(`no handler for ${channel}`)
  return call[1] as Handler
}

/** An invoke event as Electron builds it; by default from our main window's top frame. */
function eventFrom(
  frame: ReturnType<typeof fakeFrame> | null = webContents.mainFrame,
  sender = webContents,
): IpcMainInvokeEvent {
  return { sender, senderFrame: frame } as unknown as IpcMainInvokeEvent
}

const goodOpen = { filters: [{ name: 'Backup', extensions: ['json'] }], maxBytes: 1024 }
const goodSave = { suggestedName: 'list.csv', content: 'a,b', encoding: 'utf8', filters: [] }
const goodPrint = { suggestedName: 'plan.pdf', landscape: true }
const goodAuto = { content: '{"format":"b12-planner-backup"}' }
const goodRead = { name: 'auto-backup-2026-11-21.json' }
const goodLink = 'https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/'

/** Everything that would act on the outside world. */
function actionsTaken(): number {
  return (
    electron.dialog.showOpenDialog.mock.calls.length +
    electron.dialog.showSaveDialog.mock.calls.length +
    webContents.printToPDF.mock.calls.length +
    electron.app.getVersion.mock.calls.length +
    backups.write.mock.calls.length +
    backups.list.mock.calls.length +
    backups.read.mock.calls.length +
    electron.dialog.showMessageBox.mock.calls.length +
    electron.shell.openExternal.mock.calls.length
  )
}

beforeEach(() => {
  vi.clearAllMocks()
  currentWindow = window
  electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] })
  electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true })
})
afterEach(() => {
  electron.app.isPackaged = true
  vi.unstubAllEnvs()
})

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per request channel', () => {
    register()
    const requestChannels = [
      IpcChannel.appInfo,
      IpcChannel.openFile,
      IpcChannel.printToPdf,
      IpcChannel.saveFile,
      IpcChannel.backupWriteAuto,
      IpcChannel.backupList,
      IpcChannel.backupRead,
      IpcChannel.openExternal,
    ]
    expect(electron.ipcMain.handle.mock.calls.map(([name]) => name).sort()).toEqual(
      requestChannels.sort(),
    )
    // Re-registering replaces rather than throws (Electron refuses a second handle()).
    expect(electron.ipcMain.removeHandler).toHaveBeenCalledTimes(requestChannels.length)
  })

  it('keeps automatic backups in <userData>/backups', async () => {
    const { autoBackupFolder } = await import('../../../src/main/ipc/register')
    expect(autoBackupFolder(electron.app as never)).toBe('/nonexistent/b12-user-data/backups')
    expect(electron.app.getPath).toHaveBeenCalledWith('userData')
  })
})

describe('sender check', () => {
  beforeEach(register)

  const otherContents = fakeWebContents(fakeFrame(APP_PAGE, 1))
  it.each([
    ['a missing frame', () => eventFrom(null)],
    ['a subframe of our page', () => eventFrom(fakeFrame(APP_PAGE, 2, webContents.mainFrame))],
    ['another frame with the app URL', () => eventFrom(fakeFrame(APP_PAGE, 99))],
    [
      'our frame after navigating away',
      () => eventFrom({ ...webContents.mainFrame, url: 'https://evil.example/' }),
    ],
    [
      'another app:// host',
      () => eventFrom({ ...webContents.mainFrame, url: 'app://evil/index.html' }),
    ],
    ['a file:// page', () => eventFrom({ ...webContents.mainFrame, url: 'file:///tmp/x.html' })],
    ['another window', () => eventFrom(otherContents.mainFrame, otherContents)],
    [
      'the dev server of a packaged app',
      () => eventFrom({ ...webContents.mainFrame, url: 'http://localhost:5173/' }),
    ],
  ])('refuses %s without acting', async (_name, makeEvent) => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/')
    for (const [channel, args] of [
      [IpcChannel.appInfo, []],
      [IpcChannel.openFile, [goodOpen]],
      [IpcChannel.saveFile, [goodSave]],
      [IpcChannel.printToPdf, [goodPrint]],
      [IpcChannel.backupWriteAuto, [goodAuto]],
      [IpcChannel.backupList, []],
      [IpcChannel.backupRead, [goodRead]],
      [IpcChannel.openExternal, [goodLink]],
    ] as const) {
      await expect(handler(channel)(makeEvent(), ...args)).rejects.toThrow(
        /Refused .*not the app's main page/,
      )
    }
    expect(actionsTaken()).toBe(0)
  })

  it('refuses every call once the main window is gone', async () => {
    currentWindow = null
    await expect(handler(IpcChannel.appInfo)(eventFrom())).rejects.toThrow(/Refused/)
  })

  it('accepts the dev server page only in an unpackaged app', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/')
    electron.app.isPackaged = false
    const devFrame = { ...webContents.mainFrame, url: 'http://localhost:5173/#/foods' }
    await expect(handler(IpcChannel.appInfo)(eventFrom(devFrame))).resolves.toMatchObject({
      host: 'desktop',
    })
  })

  it('accepts our main page', async () => {
    await expect(handler(IpcChannel.appInfo)(eventFrom())).resolves.toEqual({
      name: 'B12 Planner',
      version: '0.1.0',
      host: 'desktop',
      platform: process.platform,
    })
    await expect(handler(IpcChannel.openFile)(eventFrom(), goodOpen)).resolves.toEqual({
      ok: false,
      reason: 'cancelled',
    })
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ filters: goodOpen.filters }),
    )
  })
})

describe('payload check', () => {
  beforeEach(register)

  const polluted = (good: object) => [
    JSON.parse(`{${JSON.stringify(good).slice(1, -1)},"__proto__":{"polluted":true}}`),
    { ...good, constructor: { prototype: { polluted: true } } },
    { ...good, extra: 1 },
  ]

  it.each([
    [
      IpcChannel.openFile,
      [
        [],
        [undefined],
        [null],
        ['x'],
        [goodOpen, 'extra'],
        [{ ...goodOpen, maxBytes: 1e12 }],
        ...polluted(goodOpen).map((p) => [p]),
      ],
    ],
    [
      IpcChannel.saveFile,
      [
        [],
        [undefined],
        [{ ...goodSave, suggestedName: '../evil.sh' }],
        [{ ...goodSave, encoding: 'hex' }],
        ...polluted(goodSave).map((p) => [p]),
      ],
    ],
    [
      IpcChannel.printToPdf,
      [
        [],
        [{ suggestedName: 'a.pdf' }],
        [{ ...goodPrint, landscape: 'yes' }],
        ...polluted(goodPrint).map((p) => [p]),
      ],
    ],
    [IpcChannel.appInfo, [['unexpected'], [{}]]],
    [
      IpcChannel.backupWriteAuto,
      [
        [],
        [goodAuto.content],
        [{ content: 'x'.repeat(25 * 1024 * 1024 + 1) }],
        [goodAuto, 'extra'],
        ...polluted(goodAuto).map((p) => [p]),
      ],
    ],
    [IpcChannel.backupList, [['unexpected'], [{}]]],
    [
      IpcChannel.backupRead,
      [
        [],
        [{ name: '../auto-backup-2026-11-21.json' }],
        [{ name: 'auto-backup-2026-11-21.json/../../secrets' }],
        [{ name: '/etc/passwd' }],
        [{ name: 'auto-backup-2026-11-21.json\u0000.txt' }],
        [{ name: 'Auto-Backup-2026-11-21.JSON' }],
        ...polluted(goodRead).map((p) => [p]),
      ],
    ],
    [
      IpcChannel.openExternal,
      [[], [''], [{ url: goodLink }], ['x'.repeat(2049)], [goodLink, 'extra'], [null]],
    ],
  ] as const)('%s refuses malformed arguments with a clear error', async (channel, cases) => {
    for (const args of cases) {
      await expect(handler(channel)(eventFrom(), ...args)).rejects.toThrow(
        `Invalid payload for ${channel}`,
      )
    }
    expect(actionsTaken()).toBe(0)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('no random JSON value ever reaches an action', async () => {
    const channels = [
      IpcChannel.openFile,
      IpcChannel.saveFile,
      IpcChannel.printToPdf,
      IpcChannel.backupWriteAuto,
      IpcChannel.backupRead,
    ]
    const withDangerousKeys = fc.dictionary(
      fc.constantFrom(
        '__proto__',
        'constructor',
        'prototype',
        'filters',
        'maxBytes',
        'content',
        'name',
      ),
      fc.jsonValue(),
    )
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...channels),
        fc.oneof(fc.jsonValue(), withDangerousKeys),
        async (channel, payload) => {
          await expect(handler(channel)(eventFrom(), payload)).rejects.toThrow(/Invalid payload/)
          expect(actionsTaken()).toBe(0)
        },
      ),
      { numRuns: 300 },
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('openExternal: no random value reaches the shell unless it is an allowed source', async () => {
    electron.dialog.showMessageBox.mockResolvedValue({ response: 0 })
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.webUrl({ withQueryParameters: true, withFragments: true }),
          fc.string(),
        ),
        async (payload) => {
          await handler(IpcChannel.openExternal)(eventFrom(), payload).catch(() => undefined)
          expect(electron.shell.openExternal).not.toHaveBeenCalled()
        },
      ),
      { numRuns: 300 },
    )
  })

  it('the backup channels hand only the parsed request to the folder', async () => {
    await expect(handler(IpcChannel.backupWriteAuto)(eventFrom(), goodAuto)).resolves.toMatchObject(
      { ok: true },
    )
    expect(backups.write).toHaveBeenCalledExactlyOnceWith(goodAuto.content)
    await handler(IpcChannel.backupRead)(eventFrom(), goodRead)
    expect(backups.read).toHaveBeenCalledExactlyOnceWith(goodRead.name)
    await expect(handler(IpcChannel.backupList)(eventFrom())).resolves.toEqual({
      ok: true,
      folder: '/backups',
      backups: [],
    })
  })

  it('passes only the parsed copy on to the action', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true })
    await expect(handler(IpcChannel.saveFile)(eventFrom(), goodSave)).resolves.toEqual({
      ok: false,
      reason: 'cancelled',
    })
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(window, {
      defaultPath: 'list.csv',
      filters: [],
    })
  })
})
