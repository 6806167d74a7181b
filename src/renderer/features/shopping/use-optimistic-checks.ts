import { useCallback, useMemo, useState } from 'react'
import type { ShoppingLine, ShoppingList } from '../../../core/shopping'

/**
 * Shows a tick at once, before IndexedDB has stored it and the live query has brought it back,
 * so the checkbox never flips back for a moment. A pending tick is dropped when the stored list
 * agrees with it, or by `forget` when saving failed.
 */
export function useOptimisticChecks(list: ShoppingList | null) {
  const [pending, setPending] = useState<ReadonlyMap<string, boolean>>(() => new Map())

  const [seen, setSeen] = useState(list)
  // When a new list arrives, drop the pending ticks it now agrees with (state adjusted in render).
  if (list !== seen) {
    setSeen(list)
    if (list && pending.size > 0) {
      const stored = new Map(list.lines.map((l) => [l.key, l.checked]))
      const left = [...pending].filter(
        ([key, value]) => stored.has(key) && stored.get(key) !== value,
      )
      if (left.length !== pending.size) setPending(new Map(left))
    }
  }

  const shown = useMemo(() => {
    if (!list || pending.size === 0) return list
    const mark = (line: ShoppingLine): ShoppingLine => {
      const value = pending.get(line.key)
      return value === undefined || value === line.checked ? line : { ...line, checked: value }
    }
    return {
      ...list,
      lines: list.lines.map(mark),
      sections: list.sections.map((s) => ({ ...s, lines: s.lines.map(mark) })),
    }
  }, [list, pending])

  const mark = useCallback(
    (key: string, checked: boolean) => setPending((current) => new Map(current).set(key, checked)),
    [],
  )
  const forget = useCallback(
    (key: string) =>
      setPending((current) => {
        const next = new Map(current)
        next.delete(key)
        return next
      }),
    [],
  )
  return { list: shown, mark, forget }
}
