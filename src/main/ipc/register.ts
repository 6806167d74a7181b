/**
 * One ipcMain.handle per channel. Every call is checked in the same order before any action:
 * 1. the sender is the top frame of the main window on a trusted origin;
 * 2. the arguments parse with the channel's zod schema (unknown keys, including __proto__,
 *    are refused by the strict schemas, and only the parsed copy reaches the action).
 * Both failures are bugs or attacks, so they throw; the renderer sees a rejected promise.
 */
import { ipcMain, type App, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import path from 'node:path'
import { z } from 'zod'
import {
  autoBackupReadRequestSchema,
  autoBackupRequestSchema,
  IpcChannel,
  openExternalRequestSchema,
  openFileRequestSchema,
  printToPdfRequestSchema,
  saveFileRequestSchema,
  type IpcChannelName,
} from '../../shared/ipc-contract'
import { createAutoBackupStore, type AutoBackupStore } from '../backup/auto-backups'
import { autoBackupSettled } from '../backup/close-guard'
import { trustedOrigins } from '../origins'
import { getAppInfo } from './app-info'
import { openExternal } from './open-external'
import { openFile } from './open-file'
import { printToPdf } from './print-to-pdf'
import { saveFile } from './save-file'
import { isTrustedSender } from './sender'

/** Channels without a payload accept exactly zero arguments. */
const noArguments = z.tuple([])

type Action<T> = (payload: T, window: BrowserWindow) => unknown

export function parseArguments<T>(
  channel: IpcChannelName,
  schema: z.ZodType<T>,
  args: unknown[],
): T {
  const result = schema.safeParse(args)
  if (!result.success) {
    const detail = z.prettifyError(result.error).slice(0, 500)
    throw new Error(`Invalid payload for ${channel}: ${detail}`)
  }
  return result.data
}

export function guard<T>(
  channel: IpcChannelName,
  schema: z.ZodType<T>,
  getWindow: () => BrowserWindow | null,
  action: Action<T>,
): (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown> {
  return async (event, ...args) => {
    const window = getWindow()
    if (!window || !isTrustedSender(event, window.webContents, trustedOrigins())) {
      throw new Error(`Refused ${channel}: the sender is not the app's main page`)
    }
    return action(parseArguments(channel, schema, args), window)
  }
}

/** A single payload argument, and nothing after it. */
const one = <T>(schema: z.ZodType<T>) => z.tuple([schema]).transform(([payload]) => payload)

/** <userData>/backups: the automatic backups' folder (asked for lazily: only valid once ready). */
export function autoBackupFolder(app: App): string {
  return path.join(app.getPath('userData'), 'backups')
}

export function registerIpcHandlers(
  app: App,
  getWindow: () => BrowserWindow | null,
  backups: AutoBackupStore = createAutoBackupStore(autoBackupFolder(app)),
): void {
  const handle = <T>(channel: IpcChannelName, schema: z.ZodType<T>, action: Action<T>) => {
    // Replace rather than add: Electron throws on a second handler for one channel.
    ipcMain.removeHandler(channel)
    ipcMain.handle(channel, guard(channel, schema, getWindow, action))
  }
  handle(IpcChannel.appInfo, noArguments, () => getAppInfo(app))
  handle(IpcChannel.saveFile, one(saveFileRequestSchema), (req, window) => saveFile(window, req))
  handle(IpcChannel.openFile, one(openFileRequestSchema), (req, window) => openFile(window, req))
  handle(IpcChannel.printToPdf, one(printToPdfRequestSchema), (req, window) =>
    printToPdf(window, req),
  )
  handle(IpcChannel.backupWriteAuto, one(autoBackupRequestSchema), async (req, window) => {
    try {
      return await backups.write(req.content)
    } finally {
      autoBackupSettled(window)
    }
  })
  handle(IpcChannel.backupList, noArguments, () => backups.list())
  handle(IpcChannel.backupRead, one(autoBackupReadRequestSchema), (req) => backups.read(req.name))
  handle(IpcChannel.openExternal, one(openExternalRequestSchema), (url, window) =>
    openExternal(window, url),
  )
}
