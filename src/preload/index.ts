/**
 * The whole bridge between the sandboxed renderer and main: five named methods, each on a fixed
 * channel. The renderer never sees ipcRenderer, channel names or IPC event objects, and each
 * method forwards exactly one argument, so a page cannot smuggle extra ones. Main checks the
 * sender and parses every payload; this file stays a dumb forwarder on purpose.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { DesktopApi, MenuCommand } from '../shared/desktop-api'
import { IpcChannel } from '../shared/ipc-channels'

const api = {
  getAppInfo: () => ipcRenderer.invoke(IpcChannel.appInfo),
  saveFile: (request) => ipcRenderer.invoke(IpcChannel.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(IpcChannel.openFile, request),
  printToPdf: (request) => ipcRenderer.invoke(IpcChannel.printToPdf, request),
  onMenuCommand: (listener) => {
    const forward = (_event: IpcRendererEvent, command: MenuCommand) => listener(command)
    ipcRenderer.on(IpcChannel.menuCommand, forward)
    return () => {
      ipcRenderer.removeListener(IpcChannel.menuCommand, forward)
    }
  },
} satisfies DesktopApi

contextBridge.exposeInMainWorld('desktop', api)
