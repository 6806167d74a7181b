import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { useServices } from '../../app/services'
import { DEFAULT_SETTINGS, type Settings } from '../../db/repos/settings-repo'

export interface UseSettings {
  settings: Settings
  /** False until the stored settings have been read once. */
  loaded: boolean
  /** Applies the change at once, then stores it; rejects (and rolls back) if it cannot be saved. */
  update: (change: Partial<Settings>) => Promise<void>
}

type Pending = Partial<Settings>

/** Keeps only the pending values the stored settings do not show yet. */
function stillPending(pending: Pending, stored: Settings | undefined): Pending {
  if (!stored) return pending
  const next: Pending = {}
  for (const key of Object.keys(pending) as (keyof Settings)[]) {
    if (pending[key] !== stored[key]) Object.assign(next, { [key]: pending[key] })
  }
  return next
}

/**
 * The stored settings, live: a change in any window shows up everywhere. A change shows at once
 * (optimistically) and stays shown until the stored settings catch up, so a control never
 * flips back for a moment; a failed write rolls the value back.
 */
export function useSettings(): UseSettings {
  const { settings: repo } = useServices()
  const stored = useLiveQuery(() => repo.get(), [repo])
  const [pending, setPending] = useState<Pending>({})
  useEffect(() => {
    setPending((current) => {
      const next = stillPending(current, stored)
      return Object.keys(next).length === Object.keys(current).length ? current : next
    })
  }, [stored])
  const update = useCallback(
    async (change: Partial<Settings>) => {
      setPending((current) => ({ ...current, ...change }))
      try {
        await repo.update(change)
      } catch (error) {
        setPending((current) => {
          const next = { ...current }
          for (const key of Object.keys(change) as (keyof Settings)[]) delete next[key]
          return next
        })
        throw error
      }
    },
    [repo],
  )
  const settings = useMemo(() => ({ ...(stored ?? DEFAULT_SETTINGS), ...pending }), [stored, pending])
  return { settings, loaded: stored !== undefined, update }
}
