/**
 * The whole bridge between the sandboxed renderer and main: named methods, each on a fixed
 * channel. The renderer never sees ipcRenderer, channel names or IPC event objects, and each
 * method forwards at most one argument, so a page cannot smuggle extra ones. Main checks the
 * sender and parses every payload; this file stays a dumb forwarder on purpose.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { DesktopApi, MenuCommand } from '../shared/desktop-api'
import { IpcChannel } from '../shared/ipc-channels'

/** Subscribes to a main → renderer channel; the listener gets only the payload, never the event. */
function subscribe<T>(channel: string, listener: (payload: T) => void): () => void {
  const forward = (_event: IpcRendererEvent, payload: T) => listener(payload)
  ipcRenderer.on(channel, forward)
  return () => {
    ipcRenderer.removeListener(channel, forward)
  }
}

const api = {
  getAppInfo: () => ipcRenderer.invoke(IpcChannel.appInfo),
  saveFile: (request) => ipcRenderer.invoke(IpcChannel.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IpcChannel.openFile, request),
  printToPdf: (request) => ipcRenderer.invoke(IpcChannel.printToPdf, request),
  onMenuCommand: (listener) =>
    subscribe<MenuCommand>(IpcChannel.menuCommand, (command) => listener(command)),
  writeAutoBackup: (request) => ipcRenderer.invoke(IpcChannel.backupWriteAuto, request),
  listAutoBackups: () => ipcRenderer.invoke(IpcChannel.backupList),
  readAutoBackup: (request) => ipcRenderer.invoke(IpcChannel.backupRead, request),
  onBackupBeforeQuit: (listener) =>
    subscribe<unknown>(IpcChannel.backupBeforeQuit, () => listener()),
  openExternal: (url) => ipcRenderer.invoke(IpcChannel.openExternal, url),
} satisfies DesktopApi

contextBridge.exposeInMainWorld('desktop', api)
