import { useCallback, useState } from 'react'
import type { FoodRecord } from '../../../core/foods/types'
import { useServices } from '../../data'
import type { FoodUsage } from '../../db/repos/foods-repo'

export type PendingDelete = { food: FoodRecord; usage: FoodUsage }

export interface FoodActions {
  save: (food: FoodRecord) => Promise<void>
  /** Deletes at once if unused; otherwise returns the usage so the page can ask first. */
  requestDelete: (food: FoodRecord) => Promise<void>
  confirmDelete: () => Promise<void>
  cancelDelete: () => void
  undoDelete: () => Promise<void>
  pending: PendingDelete | null
  /** The food last deleted, while undo is offered. */
  deleted: FoodRecord | null
  error: string | null
}

function usageCount(usage: FoodUsage): number {
  return usage.planEntries + usage.supplements + usage.recipes
}

/** Save, delete (asking first when a plan uses the food) and undo for the person's own foods. */
export function useFoodActions(): FoodActions {
  const { foods } = useServices()
  const [pending, setPending] = useState<PendingDelete | null>(null)
  const [deleted, setDeleted] = useState<FoodRecord | null>(null)
  const [error, setError] = useState<string | null>(null)

  const save = useCallback(
    async (food: FoodRecord) => {
      await foods.putCustom(food)
    },
    [foods],
  )

  const reallyDelete = useCallback(
    async (food: FoodRecord) => {
      setError(null)
      try {
        const removed = await foods.deleteCustom(food.id)
        setDeleted(removed ?? food)
      } catch (cause) {
        setError(`The food could not be deleted, nothing was changed: ${String(cause)}`)
      }
    },
    [foods],
  )

  const requestDelete = useCallback(
    async (food: FoodRecord) => {
      const usage = await foods.usage(food.id)
      if (usageCount(usage) > 0) setPending({ food, usage })
      else await reallyDelete(food)
    },
    [foods, reallyDelete],
  )

  const confirmDelete = useCallback(async () => {
    if (!pending) return
    setPending(null)
    await reallyDelete(pending.food)
  }, [pending, reallyDelete])

  const undoDelete = useCallback(async () => {
    if (!deleted) return
    await save(deleted)
    setDeleted(null)
  }, [deleted, save])

  return {
    save,
    requestDelete,
    confirmDelete,
    cancelDelete: () => setPending(null),
    undoDelete,
    pending,
    deleted,
    error,
  }
}

export function usageSentence(usage: FoodUsage): string {
  const parts: string[] = []
  if (usage.planEntries > 0)
    parts.push(`${usage.planEntries} planned meal${usage.planEntries === 1 ? '' : 's'}`)
  if (usage.recipes > 0) parts.push(`${usage.recipes} recipe${usage.recipes === 1 ? '' : 's'}`)
  if (usage.supplements > 0)
    parts.push(
      `the regular supplements of ${usage.supplements} ${usage.supplements === 1 ? 'person' : 'people'}`,
    )
  return parts.join(', ')
}
