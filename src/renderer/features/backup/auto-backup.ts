/**
 * Automatic backups (desktop app): after the person's data changes, wait until nothing has
 * changed for `delayMs` (30 s), then hand a snapshot of every user table to main, which keeps
 * one file per day. When the window is about to close, main asks for a last one at once.
 * In a browser the host answers 'unavailable' and the scheduler stops itself.
 */
import type { AutoBackupWriteResult, DesktopApi } from '../../../shared/desktop-api'
import type { AppDb } from '../../db/app-db'
import { collectBackup, serializeBackup, watchUserData } from '../../db/backup'

export const AUTO_BACKUP_DELAY_MS = 30_000

export interface AutoBackupDeps {
  db: AppDb
  desktop: DesktopApi
  appVersion: string
  /** The current time, ISO 8601. */
  now: () => string
  delayMs?: number
  /** Told about every write (for a status line); failures are also logged. */
  onResult?: (result: AutoBackupWriteResult) => void
  /** For tests: replaces setTimeout / clearTimeout for the debounce. */
  timer?: Timer
}

export interface Timer {
  set: (run: () => void, ms: number) => unknown
  clear: (handle: unknown) => void
}

const realTimer: Timer = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
}

/** Starts watching; returns stop(). */
export function startAutoBackup(deps: AutoBackupDeps): () => void {
  const { db, desktop, delayMs = AUTO_BACKUP_DELAY_MS, timer: clock = realTimer } = deps
  let timer: unknown
  let stopped = false
  let writing: Promise<void> = Promise.resolve()

  const write = async (): Promise<void> => {
    if (stopped) return
    const file = await collectBackup(db, { appVersion: deps.appVersion, now: deps.now() })
    const result = await desktop.writeAutoBackup({ content: serializeBackup(file) })
    if (!result.ok && result.reason === 'unavailable') stop()
    if (!result.ok && result.reason === 'error')
      console.error('Automatic backup failed:', result.message)
    deps.onResult?.(result)
  }
  /** Writes now, after any write already under way (never two at once). */
  const flush = (): Promise<void> => {
    clock.clear(timer)
    timer = undefined
    writing = writing
      .then(write)
      .catch((error: unknown) => console.error('Automatic backup failed:', error))
    return writing
  }
  const schedule = (): void => {
    if (stopped) return
    clock.clear(timer)
    timer = clock.set(() => void flush(), delayMs)
  }

  const unwatch = watchUserData(db, schedule)
  const unquit = desktop.onBackupBeforeQuit(() => void flush())
  function stop(): void {
    stopped = true
    clock.clear(timer)
    unwatch()
    unquit()
  }
  return stop
}
