import { useCallback, useEffect, useState } from 'react'
import type { AutoBackupListResult } from '../../../shared/desktop-api'
import { useServices } from '../../data'

export interface AutoBackupsProps {
  busy: boolean
  onChoose: (name: string, day: string) => void
}

const kb = (bytes: number): string => `${Math.max(1, Math.round(bytes / 1024))} KB`

/**
 * The automatic backups the desktop app keeps (one per day, the last 14 days), where they are,
 * and a button to look at one before restoring it. In a browser it says they are not made.
 */
export function AutoBackups({ busy, onChoose }: AutoBackupsProps) {
  const { desktop } = useServices()
  const [list, setList] = useState<AutoBackupListResult | null>(null)
  const [round, setRound] = useState(0)
  const refresh = useCallback(() => setRound((n) => n + 1), [])
  useEffect(() => {
    let live = true
    void desktop.listAutoBackups().then((result) => {
      if (live) setList(result)
    })
    return () => {
      live = false
    }
  }, [desktop, round])

  return (
    <section aria-labelledby="auto-backups-heading">
      <h3 id="auto-backups-heading">Automatic backups</h3>
      {list === null ? <p>Looking for automatic backups…</p> : null}
      {list && !list.ok && list.reason === 'unavailable' ? (
        <p>
          Automatic backups are made only by the desktop app. In a web browser, use “Export all my
          data” from time to time and keep the file somewhere safe.
        </p>
      ) : null}
      {list && !list.ok && list.reason === 'error' ? (
        <p role="alert" className="callout callout-error">
          The automatic backups could not be listed: {list.message}
        </p>
      ) : null}
      {list?.ok ? (
        <>
          <p>
            The app saves a copy of all your data about half a minute after each change and when it
            closes: one file per day, the last 14 days kept. They are in{' '}
            <code className="path">{list.folder}</code>.
          </p>
          <button type="button" className="button button-secondary" onClick={refresh}>
            Refresh the list
          </button>
          {list.backups.length === 0 ? (
            <p>There are no automatic backups yet.</p>
          ) : (
            <ul className="backup-list">
              {list.backups.map((backup) => (
                <li key={backup.name}>
                  <span>
                    {backup.day} ({kb(backup.bytes)})
                  </span>{' '}
                  <button
                    type="button"
                    className="button button-secondary"
                    disabled={busy}
                    onClick={() => onChoose(backup.name, backup.day)}
                  >
                    Restore from {backup.day}…
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : null}
    </section>
  )
}
