import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useServices } from '../../data'
import {
  createShoppingChoicesRepo,
  DEFAULT_SHOPPING_CHOICES,
  type ShoppingChoices,
} from '../../db/repos/shopping-choices-repo'

export interface UseShoppingChoices {
  choices: ShoppingChoices
  /** False until the stored choices have been read once. */
  loaded: boolean
  /** Shows the change at once, then stores it. */
  update: (change: Partial<ShoppingChoices>) => void
}

/** The shopping page's remembered period, people and repeat choice, with an optimistic update. */
export function useShoppingChoices(): UseShoppingChoices {
  const { db } = useServices()
  const repo = useMemo(() => createShoppingChoicesRepo(db), [db])
  const [state, setState] = useState({ choices: DEFAULT_SHOPPING_CHOICES, loaded: false })
  // While this page's own writes are in flight, stored values that arrive may be older than
  // what is shown; they are ignored so a control never flips back for a moment.
  const inFlight = useRef(0)
  useEffect(
    () =>
      repo.subscribe((choices) => {
        if (inFlight.current === 0) setState({ choices, loaded: true })
      }),
    [repo],
  )
  const update = useCallback(
    (change: Partial<ShoppingChoices>) => {
      inFlight.current += 1
      setState((current) => ({ ...current, choices: { ...current.choices, ...change } }))
      void repo
        .update(change)
        .catch(console.error)
        .finally(() => {
          inFlight.current -= 1
        })
    },
    [repo],
  )
  return { choices: state.choices, loaded: state.loaded, update }
}
