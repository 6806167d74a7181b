import { useRef } from 'react'
import { StatusMessage } from '../../components/StatusMessage'
import { AutoBackups } from './AutoBackups'
import { RestorePreview } from './RestorePreview'
import type { UseBackup } from './use-backup'

/** Export all data to one file, restore from a file or an automatic backup (with a preview first). */
export function BackupSection({ backup }: { backup: UseBackup }) {
  const { pending, notice, busy } = backup
  const restoreRef = useRef<HTMLButtonElement>(null)
  return (
    <section aria-labelledby="backup-heading" className="backup-section">
      <h2 id="backup-heading">Backup and restore</h2>
      <p>
        Everything you entered lives only on this computer: your household, plans, own foods and
        recipes, pantry, shopping list ticks and settings. Save a copy to keep it safe or to move it
        to another computer. The food catalogue is not included; it comes with the app.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy}
          onClick={() => void backup.exportAll()}
        >
          Export all my data
        </button>
        <button
          ref={restoreRef}
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void backup.chooseFile()}
        >
          Restore from a file…
        </button>
      </div>
      {/* The buttons are disabled while they work, and a restore's preview goes: the outcome
          takes focus, so keyboard focus never drops to the body. */}
      <StatusMessage
        message={notice?.kind === 'success' ? notice.text : null}
        error={notice?.kind === 'error' ? notice.text : null}
        focusKey={notice}
        className="callout"
      />
      {pending ? (
        <RestorePreview
          pending={pending}
          busy={busy}
          onRestore={(mode) => void backup.restore(mode)}
          onCancel={() => {
            backup.cancel()
            restoreRef.current?.focus()
          }}
        />
      ) : null}
      <AutoBackups busy={busy} onChoose={(name, day) => void backup.chooseAutoBackup(name, day)} />
    </section>
  )
}
