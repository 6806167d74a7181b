/**
 * Runs `query` now and again after every committed write to the tables it read (Dexie's
 * liveQuery), in this window or another. For state held outside React, such as the catalogue's
 * search index, which must follow the database once rather than once per component.
 */
import { liveQuery } from 'dexie'

export function watchQuery<T>(
  query: () => Promise<T>,
  onNext: (value: T) => void,
  onError: (error: unknown) => void = console.error,
): () => void {
  const subscription = liveQuery(query).subscribe({ next: onNext, error: onError })
  return () => subscription.unsubscribe()
}
