import { useEffect, useId, useRef, useState } from 'react'
import { describePreview, type RestoreMode } from '../../db/backup'
import type { PendingRestore } from './use-backup'

export interface RestorePreviewProps {
  pending: PendingRestore
  busy: boolean
  onRestore: (mode: RestoreMode) => void
  onCancel: () => void
}

function formatTime(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleString(undefined, { dateStyle: 'long', timeStyle: 'short' })
}

/** What a checked backup holds, and the choice of replacing or merging before anything is written. */
export function RestorePreview({ pending, busy, onRestore, onCancel }: RestorePreviewProps) {
  const [mode, setMode] = useState<RestoreMode>('replace')
  const headingId = useId()
  // The button that was used is disabled while the file is read: focus goes to what was found.
  const headingRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => headingRef.current?.focus(), [])
  const { preview } = pending
  return (
    <section className="restore-preview callout" aria-labelledby={headingId}>
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        Restore {pending.source}?
      </h3>
      <p>
        Made on {formatTime(preview.exportedAt)} by version {preview.appVersion || 'unknown'}. It
        holds {describePreview(preview)}
      </p>
      <dl className="facts">
        <dt>People</dt>
        <dd>{preview.people.length}</dd>
        <dt>Recipes</dt>
        <dd>{preview.recipes}</dd>
        <dt>Weeks of plans</dt>
        <dd>
          {preview.weeksOfPlans}
          {preview.planRange ? ` (${preview.planRange.from} to ${preview.planRange.to})` : ''}
        </dd>
        <dt>Own foods</dt>
        <dd>{preview.customFoods}</dd>
      </dl>
      <fieldset>
        <legend>How to restore</legend>
        <label className="choice">
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'replace'}
            onChange={() => setMode('replace')}
          />
          Replace: remove what is here now and use the backup
        </label>
        <label className="choice">
          <input
            type="radio"
            name="restore-mode"
            checked={mode === 'merge'}
            onChange={() => setMode('merge')}
          />
          Merge: keep what is here and add the backup (the backup wins where both have the same
          item)
        </label>
      </fieldset>
      <div className="button-row">
        <button type="button" className="button" disabled={busy} onClick={() => onRestore(mode)}>
          Restore
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={onCancel}
        >
          Cancel
        </button>
      </div>
    </section>
  )
}
