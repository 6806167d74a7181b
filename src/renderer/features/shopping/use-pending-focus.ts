import { useCallback, useEffect, useRef } from 'react'

/**
 * Moves focus after the next render that changes `version` (e.g. the rebuilt list), to the first
 * of the given element ids that exists and is enabled. For controls that move or disappear when
 * used (an aisle moved to the top, an item moved to another aisle, a removed item).
 */
export function usePendingFocus(version: unknown): (ids: readonly string[]) => void {
  const pending = useRef<readonly string[] | null>(null)
  useEffect(() => {
    const ids = pending.current
    if (!ids) return
    for (const id of ids) {
      const element = document.getElementById(id)
      if (element && !(element as HTMLButtonElement).disabled) {
        pending.current = null
        element.focus()
        return
      }
    }
  }, [version])
  return useCallback((ids: readonly string[]) => {
    pending.current = ids
  }, [])
}
