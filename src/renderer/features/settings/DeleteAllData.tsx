import { useId, useState } from 'react'
import { StatusMessage } from '../../components/StatusMessage'
import { useServices } from '../../data'
import { deleteAllUserData } from '../../db/backup'

export const DELETE_CONFIRMATION = 'DELETE'

export interface DeleteAllDataProps {
  busy: boolean
  /** Saves a final backup first; resolves true when it was saved. */
  onExport: () => Promise<boolean>
}

/**
 * Deletes everything the person entered, after they type DELETE. A final backup is offered
 * first, and the message after deleting says how to get the data back.
 */
export function DeleteAllData({ busy, onExport }: DeleteAllDataProps) {
  const { db } = useServices()
  const [typed, setTyped] = useState('')
  const [exported, setExported] = useState(false)
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null)
  const hintId = useId()
  const confirmed = typed.trim() === DELETE_CONFIRMATION

  const remove = async (): Promise<void> => {
    setMessage(null)
    try {
      await deleteAllUserData(db)
      setTyped('')
      setMessage({
        kind: 'success',
        text: 'All your data was deleted from this computer. To get it back, restore a backup.',
      })
    } catch (error) {
      setMessage({
        kind: 'error',
        text: `Nothing was deleted: ${error instanceof Error ? error.message : String(error)}`,
      })
    }
  }

  return (
    <section aria-labelledby="delete-all-heading" className="delete-all">
      <h2 id="delete-all-heading">Delete all my data</h2>
      <p>
        Removes your household, plans, own foods and recipes, pantry, shopping list and settings
        from this computer. It cannot be undone, so save a final backup first.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void onExport().then((saved) => setExported(saved))}
        >
          Save a final backup first
        </button>
        {exported ? <span>Final backup saved.</span> : null}
      </div>
      <form
        className="delete-all-form"
        onSubmit={(event) => {
          event.preventDefault()
          if (confirmed) void remove()
        }}
      >
        <label htmlFor={`${hintId}-input`}>Type {DELETE_CONFIRMATION} to confirm</label>
        <p className="hint" id={hintId}>
          In capital letters.
        </p>
        <input
          id={`${hintId}-input`}
          type="text"
          autoComplete="off"
          aria-describedby={hintId}
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
        <button type="submit" className="button button-danger" disabled={!confirmed || busy}>
          Delete all my data
        </button>
      </form>
      {/* The Delete button is disabled once the confirmation is cleared: the outcome takes focus. */}
      <StatusMessage
        message={message?.kind === 'success' ? message.text : null}
        error={message?.kind === 'error' ? message.text : null}
        focusKey={message}
        className="callout"
      />
    </section>
  )
}
