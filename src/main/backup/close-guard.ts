/**
 * A last automatic backup before the window closes. The first 'close' is held back and the
 * renderer is asked for a backup (backup:before-quit); the window closes as soon as one has been
 * written (or failed), or after `timeoutMs` when the renderer does not answer, so a hung page
 * can never keep the app open.
 */
import type { BrowserWindow, Event } from 'electron'
import { IpcChannel } from '../../shared/ipc-channels'

export const CLOSE_BACKUP_TIMEOUT_MS = 5000

const guards = new WeakMap<BrowserWindow, () => void>()

export function installCloseBackup(
  window: BrowserWindow,
  timeoutMs = CLOSE_BACKUP_TIMEOUT_MS,
): void {
  let state: 'open' | 'waiting' | 'closing' = 'open'
  let timer: ReturnType<typeof setTimeout> | undefined
  const finish = (): void => {
    if (state !== 'waiting') return
    state = 'closing'
    clearTimeout(timer)
    window.close()
  }
  window.on('close', (event: Event) => {
    if (state === 'closing' || window.webContents.isDestroyed()) return
    event.preventDefault()
    if (state === 'waiting') return
    state = 'waiting'
    timer = setTimeout(finish, timeoutMs)
    window.webContents.send(IpcChannel.backupBeforeQuit)
  })
  guards.set(window, finish)
}

/** Called after an automatic backup was written (or failed): lets a held-back close go ahead. */
export function autoBackupSettled(window: BrowserWindow): void {
  guards.get(window)?.()
}
