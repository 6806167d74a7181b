/**
 * Automatic backups on disk: one file per day in <userData>/backups, overwritten during that day,
 * written atomically (temp file, fsync, rename), and only the newest 14 days kept. Writes are
 * queued, so two never race on the same file and pruning never meets a half-written one.
 */
import { mkdir, open, readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import type {
  AutoBackupInfo,
  AutoBackupListResult,
  AutoBackupReadResult,
  AutoBackupWriteResult,
} from '../../shared/desktop-api'
import { AUTO_BACKUP_NAME, MAX_FILE_BYTES } from '../../shared/ipc-contract'
import { errorMessage } from '../ipc/save-file'
import { writeFileAtomic } from '../ipc/write-file-atomic'

export const KEEP_DAYS = 14
const BACKUP_FORMAT = 'b12-planner-backup'
/** Temporary files of writeFileAtomic for our backups (left only by a crash mid-write). */
const TEMP_FILE = /^\.auto-backup-\d{4}-\d{2}-\d{2}\.json\.[0-9a-f-]+\.tmp$/

/** The local calendar day of `date`, YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

export const autoBackupName = (day: string): string => `auto-backup-${day}.json`

/** Main cannot run the renderer's full check, but it never stores something that is not a backup. */
function looksLikeBackup(content: string): boolean {
  try {
    const value = JSON.parse(content) as unknown
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<string, unknown>)['format'] === BACKUP_FORMAT
    )
  } catch {
    return false
  }
}

export interface AutoBackupStore {
  folder: string
  write(content: string): Promise<AutoBackupWriteResult>
  list(): Promise<AutoBackupListResult>
  read(name: string): Promise<AutoBackupReadResult>
}

export function createAutoBackupStore(
  folder: string,
  now: () => Date = () => new Date(),
): AutoBackupStore {
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.then(task, task)
    queue = next.catch(() => undefined)
    return next
  }

  async function names(): Promise<string[]> {
    const entries = await readdir(folder).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [] as string[]
      throw error
    })
    return entries
      .filter((name) => AUTO_BACKUP_NAME.test(name))
      .sort()
      .reverse()
  }

  async function prune(): Promise<void> {
    const old = (await names()).slice(KEEP_DAYS)
    const temps = (await readdir(folder)).filter((name) => TEMP_FILE.test(name))
    await Promise.all(
      [...old, ...temps].map((name) => rm(path.join(folder, name), { force: true })),
    )
  }

  return {
    folder,
    write: (content) =>
      serial(async (): Promise<AutoBackupWriteResult> => {
        if (!looksLikeBackup(content)) throw new Error('Invalid payload: not a B12 Planner backup')
        const name = autoBackupName(localDay(now()))
        const target = path.join(folder, name)
        try {
          await mkdir(folder, { recursive: true, mode: 0o700 })
          await writeFileAtomic(target, Buffer.from(content, 'utf8'))
          await prune()
          return { ok: true, name, path: target }
        } catch (error) {
          return { ok: false, reason: 'error', message: errorMessage(error) }
        }
      }),
    async list(): Promise<AutoBackupListResult> {
      try {
        const backups: AutoBackupInfo[] = []
        for (const name of await names()) {
          const info = await stat(path.join(folder, name)).catch(() => null)
          if (!info?.isFile()) continue
          backups.push({
            name,
            day: name.slice('auto-backup-'.length, -'.json'.length),
            bytes: info.size,
            modifiedAt: info.mtime.toISOString(),
          })
        }
        return { ok: true, folder, backups }
      } catch (error) {
        return { ok: false, reason: 'error', message: errorMessage(error) }
      }
    },
    async read(name: string): Promise<AutoBackupReadResult> {
      // The schema already allows only our own names; check again here, as this is the file system.
      if (!AUTO_BACKUP_NAME.test(name))
        throw new Error('Invalid payload: not an automatic backup name')
      try {
        const handle = await open(path.join(folder, name), 'r')
        try {
          const info = await handle.stat()
          if (!info.isFile() || info.size > MAX_FILE_BYTES)
            return {
              ok: false,
              reason: 'error',
              message: 'This backup file is too large or not a file.',
            }
          return { ok: true, name, content: (await handle.readFile()).toString('utf8') }
        } finally {
          await handle.close()
        }
      } catch (error) {
        return { ok: false, reason: 'error', message: errorMessage(error) }
      }
    },
  }
}
