import { useCallback, useEffect, useRef, useState } from 'react'
import { useServices } from './services'
import { DEFAULT_SETTINGS, type Settings } from '../db/repos/settings-repo'

export interface UseSettings {
  settings: Settings
  /** False until the stored settings have been read once. */
  loaded: boolean
  /** Applies the change at once, then stores it; on failure shows the stored value again and rejects. */
  update: (change: Partial<Settings>) => Promise<void>
}

/**
 * The stored settings, live: a change in any window shows up everywhere. A change shows at once
 * (optimistically). While this window's own writes are in flight, stored values that arrive are
 * ignored (they may be from an earlier write), so a control never flips back for a moment; when
 * the last write settles the hook shows what is stored.
 */
export function useSettings(): UseSettings {
  const { settings: repo } = useServices()
  const [state, setState] = useState<{ settings: Settings; loaded: boolean }>({
    settings: DEFAULT_SETTINGS,
    loaded: false,
  })
  const inFlight = useRef(0)

  useEffect(
    () =>
      repo.subscribe((settings) => {
        if (inFlight.current === 0) setState({ settings, loaded: true })
      }),
    [repo],
  )

  const update = useCallback(
    async (change: Partial<Settings>) => {
      inFlight.current += 1
      setState((current) => ({ ...current, settings: { ...current.settings, ...change } }))
      try {
        await repo.update(change)
      } finally {
        inFlight.current -= 1
        if (inFlight.current === 0) {
          const stored = await repo.get()
          if (inFlight.current === 0) setState({ settings: stored, loaded: true })
        }
      }
    },
    [repo],
  )
  return { settings: state.settings, loaded: state.loaded, update }
}
