import { useCallback, useState } from 'react'
import type { Aisle } from '../../../core/foods/types'
import type { DateRange, ManualItem, PantryItem, ShoppingList } from '../../../core/shopping'
import type { ShoppingRepo } from '../../db/repos/shopping-repo'
import { aisleLabel, moveAisle } from './shopping-view'

export interface ShoppingUndo {
  label: string
  run: () => Promise<unknown>
}

export interface ShoppingActions {
  /** The last change's message, e.g. "Removed “Dish soap”." */
  message: string | null
  undo: ShoppingUndo | null
  error: string | null
  /** Whether focus should move to the Undo button (the control that was used has gone). */
  focusUndo: boolean
  /** Resolves false when the tick could not be saved. */
  toggle: (key: string, checked: boolean) => Promise<boolean>
  clearChecks: () => void
  addManual: (item: ManualItem) => Promise<boolean>
  removeManual: (item: ManualItem) => void
  setPantry: (item: PantryItem, name: string) => void
  removePantry: (foodId: string, name: string) => void
  moveSection: (aisle: Aisle, direction: -1 | 1) => void
  moveLine: (foodId: string, name: string, aisle: Aisle) => void
  revert: () => void
  dismiss: () => void
}

type ActionState = Pick<ShoppingActions, 'message' | 'undo' | 'error' | 'focusUndo'>

const failed = (cause: unknown): ActionState => ({
  message: null,
  undo: null,
  error: `That change could not be saved, so nothing was changed: ${String(cause)}`,
  focusUndo: false,
})

/**
 * Changes to the list's stored state, each saved at once, with a message for the status region
 * and an undo for the destructive ones (clearing checks, removing a manual item).
 */
export function useShoppingActions(
  repo: ShoppingRepo,
  range: DateRange,
  list: ShoppingList | null,
  order: readonly Aisle[],
): ShoppingActions {
  const [state, setState] = useState<ActionState>({
    message: null,
    undo: null,
    error: null,
    focusUndo: false,
  })
  const { from, to } = range

  const run = useCallback(
    (
      work: () => Promise<unknown>,
      message: string | null,
      undo: ShoppingUndo | null = null,
      focusUndo = false,
    ) => {
      work()
        .then(() => setState({ message, undo, error: null, focusUndo }))
        .catch((cause: unknown) => setState(failed(cause)))
    },
    [],
  )

  const toggle = useCallback(
    (key: string, checked: boolean) => {
      const present = list?.lines.map((l) => l.key)
      return repo.setChecked({ from, to }, key, checked, present).then(
        () => true,
        (cause: unknown) => {
          setState(failed(cause))
          return false
        },
      )
    },
    [repo, from, to, list],
  )

  const clearChecks = useCallback(() => {
    const before = list?.lines.filter((l) => l.checked).map((l) => l.key) ?? []
    if (before.length === 0) return
    const label = `Cleared ${before.length} ${before.length === 1 ? 'tick' : 'ticks'}.`
    const undo = { label, run: () => repo.setListState({ from, to }, { checked: before }) }
    run(() => repo.setListState({ from, to }, { checked: [] }), label, undo, true)
  }, [repo, from, to, list, run])

  const addManual = useCallback(
    async (item: ManualItem): Promise<boolean> => {
      try {
        await repo.addManual({ from, to }, item)
        setState({
          message: `Added “${item.text}” to the list.`,
          undo: null,
          error: null,
          focusUndo: false,
        })
        return true
      } catch (cause) {
        setState({
          message: null,
          undo: null,
          error: `“${item.text}” could not be added: ${String(cause)}`,
          focusUndo: false,
        })
        return false
      }
    },
    [repo, from, to],
  )

  const removeManual = useCallback(
    (item: ManualItem) => {
      const label = `Removed “${item.text}”.`
      repo
        .removeManual({ from, to }, item.id)
        .then((removed) => {
          const undo = removed
            ? { label, run: () => repo.restoreManual({ from, to }, removed) }
            : null
          setState({ message: label, undo, error: null, focusUndo: true })
        })
        .catch((cause: unknown) => setState(failed(cause)))
    },
    [repo, from, to],
  )

  const setPantry = useCallback(
    (item: PantryItem, name: string) => {
      const text =
        item.kind === 'staple'
          ? `Marked “${name}” as always in your pantry.`
          : `Saved how much “${name}” you have.`
      run(() => repo.setPantry(item), text)
    },
    [repo, run],
  )

  const removePantry = useCallback(
    (foodId: string, name: string) =>
      run(
        () => repo.removePantry(foodId),
        `“${name}” is no longer in your pantry: the full amount is on the list.`,
      ),
    [repo, run],
  )

  const moveSection = useCallback(
    (aisle: Aisle, direction: -1 | 1) => {
      const shown = list?.sections.map((s) => s.aisle) ?? []
      const where = direction === -1 ? 'up' : 'down'
      run(
        () => repo.setAisleOrder(moveAisle(order, shown, aisle, direction)),
        `Moved ${aisleLabel(aisle)} ${where}.`,
      )
    },
    [repo, list, order, run],
  )

  const moveLine = useCallback(
    (foodId: string, name: string, aisle: Aisle) =>
      run(
        () => repo.setAisleOverride(foodId, aisle),
        `Moved “${name}” to ${aisleLabel(aisle)}. It will be there on every list.`,
      ),
    [repo, run],
  )

  const revert = useCallback(() => {
    const undo = state.undo
    if (!undo) return
    run(undo.run, `Undone: ${undo.label.replace(/\.$/, '')}.`)
  }, [state.undo, run])

  const dismiss = useCallback(
    () => setState({ message: null, undo: null, error: null, focusUndo: false }),
    [],
  )

  return {
    ...state,
    toggle,
    clearChecks,
    addManual,
    removeManual,
    setPantry,
    removePantry,
    moveSection,
    moveLine,
    revert,
    dismiss,
  }
}
