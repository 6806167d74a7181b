/**
 * Export, restore (from a file or an automatic backup) and their messages, for the Settings
 * page. A restore is two steps: the file is read and checked whole (nothing written), the
 * preview is shown, and only the person's "Restore" writes, in one transaction.
 */
import { useCallback, useState } from 'react'
import { useServices } from '../../data'
import {
  BACKUP_FILE_FILTERS,
  backupFileName,
  collectBackup,
  parseBackup,
  previewBackup,
  restoreBackup,
  serializeBackup,
  type BackupPreview,
  type RestoreMode,
  type ValidBackup,
} from '../../db/backup'
import { MAX_FILE_BYTES } from '../../../shared/ipc-contract'

export interface PendingRestore {
  /** Where it came from, for the heading: a file name or an automatic backup's day. */
  source: string
  backup: ValidBackup
  preview: BackupPreview
}

export type Notice = { kind: 'success' | 'error'; text: string } | null

const meals = (n: number): string => `${n} planned ${n === 1 ? 'meal' : 'meals'}`
const people = (n: number): string => `${n} ${n === 1 ? 'person' : 'people'}`

export function useBackup() {
  const { db, desktop, clock } = useServices()
  const [pending, setPending] = useState<PendingRestore | null>(null)
  const [notice, setNotice] = useState<Notice>(null)
  const [busy, setBusy] = useState(false)

  const run = useCallback(async (task: () => Promise<void>) => {
    setBusy(true)
    setNotice(null)
    try {
      await task()
    } catch (error) {
      setNotice({
        kind: 'error',
        text: `Something went wrong: ${error instanceof Error ? error.message : String(error)}`,
      })
    } finally {
      setBusy(false)
    }
  }, [])

  /** Saves everything to a file; resolves true when it was saved. */
  const exportAll = useCallback(async (): Promise<boolean> => {
    let saved = false
    await run(async () => {
      const info = await desktop.getAppInfo()
      const file = await collectBackup(db, { appVersion: info.version, now: clock.now() })
      const content = serializeBackup(file)
      const result = await desktop.saveFile({
        suggestedName: backupFileName(clock.today()),
        content,
        encoding: 'utf8',
        filters: BACKUP_FILE_FILTERS,
      })
      if (!result.ok) {
        if (result.reason === 'error')
          setNotice({ kind: 'error', text: `The backup could not be saved: ${result.message}` })
        return
      }
      saved = true
      // Everything is saved as it is stored; but say so at once if the copy would not restore.
      const check = parseBackup(content, { today: clock.today(), now: clock.now() })
      if (!check.ok) {
        setNotice({
          kind: 'error',
          text: `The backup was saved, but some stored data is damaged and it could not be restored as it is: ${check.message.replace(/ Nothing was changed\.$/, '')}`,
        })
      } else {
        setNotice({
          kind: 'success',
          text: `Saved a backup of all your data (${people(file.counts.profiles)}, ${meals(file.counts.planEntries)}).`,
        })
      }
    })
    return saved
  }, [run, desktop, db, clock])

  const check = useCallback(
    (source: string, content: string) => {
      const parsed = parseBackup(content, { today: clock.today(), now: clock.now() })
      if (!parsed.ok) {
        setPending(null)
        setNotice({ kind: 'error', text: parsed.message })
        return
      }
      setPending({ source, backup: parsed.backup, preview: previewBackup(parsed.backup) })
    },
    [clock],
  )

  const chooseFile = useCallback(
    () =>
      run(async () => {
        const result = await desktop.openFile({
          filters: BACKUP_FILE_FILTERS,
          maxBytes: MAX_FILE_BYTES,
        })
        if (result.ok) check(result.name, result.content)
        else if (result.reason !== 'cancelled')
          setNotice({ kind: 'error', text: `The file could not be opened: ${result.message}` })
      }),
    [run, desktop, check],
  )

  const chooseAutoBackup = useCallback(
    (name: string, day: string) =>
      run(async () => {
        const result = await desktop.readAutoBackup({ name })
        if (result.ok) check(`the automatic backup of ${day}`, result.content)
        else
          setNotice({
            kind: 'error',
            text:
              result.reason === 'error'
                ? `The automatic backup could not be read: ${result.message}`
                : 'Automatic backups are not available here.',
          })
      }),
    [run, desktop, check],
  )

  const restore = useCallback(
    (mode: RestoreMode) =>
      run(async () => {
        if (!pending) return
        const result = await restoreBackup(db, pending.backup, mode)
        if (!result.ok) {
          setNotice({ kind: 'error', text: result.message })
          return
        }
        setPending(null)
        const how =
          mode === 'replace'
            ? 'Your data was replaced by the backup'
            : 'The backup was added to your data'
        setNotice({
          kind: 'success',
          text: `${how}: ${people(result.counts.profiles)}, ${meals(result.counts.planEntries)}.`,
        })
      }),
    [run, db, pending],
  )

  return {
    pending,
    notice,
    busy,
    exportAll,
    chooseFile,
    chooseAutoBackup,
    restore,
    cancel: () => setPending(null),
    setNotice,
  }
}

export type UseBackup = ReturnType<typeof useBackup>
