import { useCallback, useEffect, useMemo, useState } from 'react'
import { MEALS_TOGETHER_DEFAULT } from '../../core/planning/meal-sharing'
import { createMealSharingRepo, type MealsTogether } from '../db/repos/meal-sharing-repo'
import { useServices } from './services'

export interface UseMealsTogether {
  mealsTogether: MealsTogether
  /** False until the stored setting has been read once. */
  loaded: boolean
  update: (change: Partial<MealsTogether>) => Promise<void>
}

/** The household's "meals together" setting, live, with an optimistic update. */
export function useMealsTogether(): UseMealsTogether {
  const { db } = useServices()
  const repo = useMemo(() => createMealSharingRepo(db), [db])
  const [state, setState] = useState<{ value: MealsTogether; loaded: boolean }>({
    value: { ...MEALS_TOGETHER_DEFAULT },
    loaded: false,
  })
  useEffect(() => repo.subscribe((value) => setState({ value, loaded: true })), [repo])
  const update = useCallback(
    async (change: Partial<MealsTogether>) => {
      setState((current) => ({ ...current, value: { ...current.value, ...change } }))
      await repo.update(change)
    },
    [repo],
  )
  return { mealsTogether: state.value, loaded: state.loaded, update }
}
