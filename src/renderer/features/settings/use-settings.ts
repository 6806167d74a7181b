import { useLiveQuery } from 'dexie-react-hooks'
import { useCallback, useMemo, useState } from 'react'
import { useServices } from '../../app/services'
import { DEFAULT_SETTINGS, type Settings } from '../../db/repos/settings-repo'

export interface UseSettings {
  settings: Settings
  /** False until the stored settings have been read once. */
  loaded: boolean
  /** Applies the change at once, then stores it; rejects (and rolls back) if it cannot be saved. */
  update: (change: Partial<Settings>) => Promise<void>
}

/**
 * The stored settings, live: a change in any window shows up everywhere. A change shows at once
 * (optimistically) while it is written, so a control never flips back for a moment.
 */
export function useSettings(): UseSettings {
  const { settings: repo } = useServices()
  const stored = useLiveQuery(() => repo.get(), [repo])
  const [pending, setPending] = useState<Partial<Settings> | null>(null)
  const update = useCallback(
    async (change: Partial<Settings>) => {
      setPending((current) => ({ ...current, ...change }))
      try {
        await repo.update(change)
      } finally {
        setPending(null)
      }
    },
    [repo],
  )
  const settings = useMemo(() => ({ ...(stored ?? DEFAULT_SETTINGS), ...pending }), [stored, pending])
  return { settings, loaded: stored !== undefined, update }
}
