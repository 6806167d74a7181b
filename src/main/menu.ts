/**
 * The native application menu. The template is built by a pure function so tests can read it;
 * commands the renderer owns (text size, navigation) are sent to it as MenuCommand values.
 * Text size deliberately avoids Chromium's zoom roles: the app scales its own text, so layout,
 * charts and print output stay consistent.
 */
import { dialog, Menu, type App, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/desktop-api'
import { IpcChannel } from '../shared/ipc-channels'
import { getMainWindow } from './window'

type Page = Extract<MenuCommand, { type: 'navigate' }>['page']

export interface MenuActions {
  isPackaged: boolean
  platform: NodeJS.Platform
  appName: string
  send(command: MenuCommand): void
  printToPdf(): void
  showAbout(): void
}

/** In the renderer's navigation order and wording; CmdOrCtrl+1..7 follow this order. */
export const PAGES: readonly { page: Page; label: string }[] = [
  { page: 'plan', label: 'Plan' },
  { page: 'coverage', label: 'Coverage' },
  { page: 'advice', label: 'Advice' },
  { page: 'shopping', label: 'Shopping list' },
  { page: 'foods', label: 'Foods' },
  { page: 'household', label: 'Household' },
  { page: 'settings', label: 'Settings' },
]

function textSizeMenu(send: MenuActions['send']): MenuItemConstructorOptions {
  const textSize = (action: 'increase' | 'decrease' | 'reset') => () =>
    send({ type: 'text-size', action })
  return {
    label: 'Text Size',
    submenu: [
      { label: 'Larger', accelerator: 'CmdOrCtrl+Plus', click: textSize('increase') },
      // Same command on Ctrl+= so "larger" works without Shift on US-style keyboards.
      {
        label: 'Larger',
        accelerator: 'CmdOrCtrl+=',
        click: textSize('increase'),
        visible: false,
        acceleratorWorksWhenHidden: true,
      },
      { label: 'Smaller', accelerator: 'CmdOrCtrl+-', click: textSize('decrease') },
      { label: 'Reset', accelerator: 'CmdOrCtrl+0', click: textSize('reset') },
    ],
  }
}

export function buildMenuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = actions.platform === 'darwin'
  const developer: MenuItemConstructorOptions[] = actions.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }]
  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Print to PDF…', accelerator: 'CmdOrCtrl+P', click: () => actions.printToPdf() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        textSizeMenu(actions.send),
        ...developer,
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Go',
      submenu: PAGES.map(({ page, label }, index) => ({
        label,
        accelerator: `CmdOrCtrl+${index + 1}`,
        click: () => actions.send({ type: 'navigate', page }),
      })),
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: `About ${actions.appName}`, click: () => actions.showAbout() }],
    },
  ]
  return isMac ? [{ role: 'appMenu' }, ...template] : template
}

/** Installs the menu; commands go to the main window, and only to it. */
export function installMenu(app: App, printToPdf: () => void): void {
  const send = (command: MenuCommand) => {
    getMainWindow()?.webContents.send(IpcChannel.menuCommand, command)
  }
  const showAbout = () => {
    const options = {
      type: 'info' as const,
      title: `About ${app.getName()}`,
      message: `${app.getName()} ${app.getVersion()}`,
      detail: 'An offline meal planner that helps you meet your vitamin B12 needs.',
    }
    const window = getMainWindow()
    void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
  }
  const template = buildMenuTemplate({
    isPackaged: app.isPackaged,
    platform: process.platform,
    appName: app.getName(),
    send,
    printToPdf,
    showAbout,
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
