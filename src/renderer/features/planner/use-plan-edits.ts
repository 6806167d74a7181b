import { useCallback, useState } from 'react'
import type { PlanEntry } from '../../../core/planning/types'
import { useServices } from '../../data'

export interface PlanUndo {
  /** What was done, e.g. "Removed Porridge from Monday breakfast". */
  label: string
  /** Entries to delete and entries to put back, to undo it. */
  removeIds: string[]
  put: PlanEntry[]
}

/**
 * Plan edits: each replaces some entries by others in one transaction, and keeps what is needed
 * to undo it (the last edit only).
 */
export function usePlanEdits() {
  const { plans } = useServices()
  const [undo, setUndo] = useState<PlanUndo | null>(null)
  const [error, setError] = useState<string | null>(null)

  /** Removes `before` entries, stores `after` entries. */
  const apply = useCallback(
    async (label: string, before: readonly PlanEntry[], after: readonly PlanEntry[]) => {
      setError(null)
      try {
        await plans.replace(
          before.map((entry) => entry.id),
          after,
        )
        setUndo({ label, removeIds: after.map((entry) => entry.id), put: [...before] })
      } catch (cause) {
        setError(`That change could not be saved, so nothing was changed: ${String(cause)}`)
      }
    },
    [plans],
  )

  const revert = useCallback(async () => {
    if (!undo) return
    await plans.replace(undo.removeIds, undo.put)
    setUndo(null)
  }, [undo, plans])

  return { apply, undo, revert, error, clearUndo: () => setUndo(null) }
}

export type PlanEdits = ReturnType<typeof usePlanEdits>
