/**
 * IPC channel names, `domain:action`. Kept apart from the zod schemas so that the sandboxed
 * preload, which must bundle everything it uses, stays tiny.
 */
export const IpcChannel = {
  appInfo: 'app:get-info',
  saveFile: 'file:save',
  openFile: 'file:open',
  printToPdf: 'print:to-pdf',
  menuCommand: 'menu:command',
  backupWriteAuto: 'backup:write-auto',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  /** main → renderer: the window is closing; hand over a last automatic backup. */
  backupBeforeQuit: 'backup:before-quit',
  openExternal: 'link:open-external',
} as const

export type IpcChannelName = (typeof IpcChannel)[keyof typeof IpcChannel]
