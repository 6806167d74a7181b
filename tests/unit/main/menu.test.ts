import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { MenuCommand } from '../../../src/shared/desktop-api'
import { IpcChannel } from '../../../src/shared/ipc-channels'

const electron = await vi.hoisted(async () => (await import('./fake-electron')).fakeElectron())
vi.mock('electron', () => electron)

const { buildMenuTemplate, installMenu } = await import('../../../src/main/menu')
const { createMainWindow } = await import('../../../src/main/window')

function build(overrides: { isPackaged?: boolean; platform?: NodeJS.Platform } = {}) {
  const actions = {
    send: vi.fn<(command: MenuCommand) => void>(),
    printToPdf: vi.fn(),
    showAbout: vi.fn(),
  }
  const template = buildMenuTemplate({
    isPackaged: true,
    platform: 'linux',
    appName: 'B12 Planner',
    ...actions,
    ...overrides,
  })
  return { actions, template }
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  if (!item || !Array.isArray(item.submenu))
    throw new Error(`no submenu in ${item?.label ?? item?.role}`)
  return item.submenu
}

const byLabel = (items: MenuItemConstructorOptions[], label: string) =>
  items.find((item) => item.label === label)
const click = (item: MenuItemConstructorOptions | undefined) =>
  (item?.click as (() => void) | undefined)?.()

/** Every item in the tree, depth first. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ])
}

describe('buildMenuTemplate', () => {
  it('has View → Text Size with larger, smaller and reset sending text-size commands', () => {
    const { actions, template } = build()
    const textSize = submenu(byLabel(submenu(byLabel(template, 'View')), 'Text Size'))
    const visible = textSize.filter((item) => item.visible !== false)
    expect(visible.map((item) => [item.label, item.accelerator])).toEqual([
      ['Larger', 'CmdOrCtrl+Plus'],
      ['Smaller', 'CmdOrCtrl+-'],
      ['Reset', 'CmdOrCtrl+0'],
    ])
    for (const item of textSize) click(item)
    expect(actions.send.mock.calls.map(([command]) => command)).toEqual([
      { type: 'text-size', action: 'increase' },
      { type: 'text-size', action: 'increase' },
      { type: 'text-size', action: 'decrease' },
      { type: 'text-size', action: 'reset' },
    ])
    const hidden = textSize.find((item) => item.visible === false)
    expect(hidden).toMatchObject({ accelerator: 'CmdOrCtrl+=', acceleratorWorksWhenHidden: true })
  })

  it('never uses Chromium zoom roles: the app scales its own text', () => {
    const roles = flatten(build({ isPackaged: false }).template).map((item) => item.role)
    expect(roles).not.toContain('zoomIn')
    expect(roles).not.toContain('zoomOut')
    expect(roles).not.toContain('resetZoom')
  })

  it('has Go with the seven pages on CmdOrCtrl+1..7', () => {
    const { actions, template } = build()
    const go = submenu(byLabel(template, 'Go'))
    expect(go.map((item) => item.accelerator)).toEqual(
      [1, 2, 3, 4, 5, 6, 7].map((n) => `CmdOrCtrl+${n}`),
    )
    go.forEach(click)
    expect(actions.send.mock.calls.map(([command]) => command)).toEqual(
      ['plan', 'coverage', 'advice', 'shopping', 'foods', 'household', 'settings'].map((page) => ({
        type: 'navigate',
        page,
      })),
    )
  })

  it('offers reload and developer tools only in an unpackaged build', () => {
    const roles = (packaged: boolean) =>
      flatten(build({ isPackaged: packaged }).template).map((item) => item.role)
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(true)).not.toContain('reload')
    expect(roles(false)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']))
    expect(roles(true)).toContain('togglefullscreen')
  })

  it('has File → Print to PDF…, Quit, the Edit roles, Window and Help → About', () => {
    const { actions, template } = build()
    const file = submenu(byLabel(template, 'File'))
    click(byLabel(file, 'Print to PDF…'))
    expect(actions.printToPdf).toHaveBeenCalledOnce()
    expect(file.map((item) => item.role)).toContain('quit')
    expect(
      submenu(byLabel(template, 'Edit'))
        .map((item) => item.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
    expect(template.map((item) => item.role)).toContain('windowMenu')
    click(submenu(template.find((item) => item.role === 'help'))[0])
    expect(actions.showAbout).toHaveBeenCalledOnce()
  })

  it('adds the app menu on macOS', () => {
    expect(build({ platform: 'darwin' }).template[0]).toEqual({ role: 'appMenu' })
    expect(build({ platform: 'win32' }).template[0]?.label).toBe('File')
  })
})

describe('installMenu', () => {
  it('sends menu commands to the main window on the menu channel', () => {
    const window = createMainWindow() as unknown as {
      webContents: { send: ReturnType<typeof vi.fn> }
    }
    installMenu(electron.app as never, vi.fn())
    const [[template]] = electron.Menu.buildFromTemplate.mock.calls as unknown as [
      [MenuItemConstructorOptions[]],
    ]
    expect(electron.Menu.setApplicationMenu).toHaveBeenCalledWith({ template })
    click(submenu(byLabel(template, 'Go'))[4])
    expect(window.webContents.send).toHaveBeenCalledWith(IpcChannel.menuCommand, {
      type: 'navigate',
      page: 'foods',
    })
  })
})
