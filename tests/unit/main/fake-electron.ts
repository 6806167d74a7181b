/**
 * Small fakes for the parts of `electron` that main uses (after electron/fiddle's
 * tests/mocks/electron.ts). Each test file builds its own with vi.hoisted and vi.mock.
 */
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

export const APP_PAGE = 'app://b12-planner/index.html'

export interface FakeFrame {
  url: string
  parent: FakeFrame | null
  frameTreeNodeId: number
}

export function fakeFrame(
  url = APP_PAGE,
  frameTreeNodeId = 1,
  parent: FakeFrame | null = null,
): FakeFrame {
  return { url, parent, frameTreeNodeId }
}

let nextId = 1

export function fakeWebContents(mainFrame: FakeFrame = fakeFrame()) {
  return Object.assign(new EventEmitter(), {
    id: nextId++,
    mainFrame,
    isDestroyed: vi.fn(() => false),
    send: vi.fn(),
    setWindowOpenHandler: vi.fn(),
    printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
  })
}

export type FakeWebContents = ReturnType<typeof fakeWebContents>

export function fakeSession() {
  return {
    webRequest: { onHeadersReceived: vi.fn() },
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
  }
}

export function fakeElectron() {
  class BrowserWindow extends EventEmitter {
    static readonly instances: BrowserWindow[] = []
    static readonly getAllWindows = vi.fn(() => BrowserWindow.instances)
    readonly webContents = fakeWebContents()
    readonly loadURL = vi.fn(async () => undefined)
    readonly show = vi.fn()
    readonly focus = vi.fn()
    readonly restore = vi.fn()
    readonly isMinimized = vi.fn(() => false)
    /** Emits 'close' like Electron; the window is closed unless a listener prevented it. */
    readonly close = vi.fn(() => {
      let prevented = false
      this.emit('close', { preventDefault: () => (prevented = true) })
      if (!prevented) this.emit('closed')
    })
    constructor(readonly options: unknown) {
      super()
      BrowserWindow.instances.push(this)
    }
  }
  const app = Object.assign(new EventEmitter(), {
    isPackaged: true,
    getName: vi.fn(() => 'B12 Planner'),
    getVersion: vi.fn(() => '0.1.0'),
    requestSingleInstanceLock: vi.fn(() => true),
    quit: vi.fn(),
    enableSandbox: vi.fn(),
    isReady: vi.fn(() => true),
    whenReady: vi.fn(async () => undefined),
    getPath: vi.fn((_name: string) => '/nonexistent/b12-user-data'),
  })
  return {
    app,
    BrowserWindow,
    session: { defaultSession: fakeSession() },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    dialog: {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    shell: { openExternal: vi.fn(async (_url: string) => undefined) },
    Menu: {
      setApplicationMenu: vi.fn(),
      buildFromTemplate: vi.fn((template: unknown) => ({ template })),
    },
  }
}

export type FakeElectron = ReturnType<typeof fakeElectron>
