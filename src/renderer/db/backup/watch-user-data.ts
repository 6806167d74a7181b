/**
 * Calls `onChange` after every committed change to the person's data (any user table, own foods),
 * in this window or another one. Built on liveQuery: row counts are cheap to read, and liveQuery
 * re-runs them after every write that touches those tables, even when a count stays the same (an
 * edit), so each re-run is a change. Dexie cannot tell whether a put replaced an own food, so a
 * catalogue update also counts as a change: at worst one extra backup per catalogue version.
 */
import { liveQuery } from 'dexie'
import type { AppDb } from '../app-db'

export function watchUserData(
  db: AppDb,
  onChange: () => void,
  onError: (error: unknown) => void = console.error,
): () => void {
  let first = true
  const counts = () =>
    Promise.all([
      db.profiles.count(),
      db.foods.where('source').equals('user').count(),
      db.recipes.count(),
      db.planEntries.count(),
      db.pantry.count(),
      db.shoppingState.count(),
      db.settings.count(),
    ])
  const subscription = liveQuery(counts).subscribe({
    next: () => {
      // The first result is the data as it was when we started watching, not a change.
      if (first) first = false
      else onChange()
    },
    error: onError,
  })
  return () => subscription.unsubscribe()
}
