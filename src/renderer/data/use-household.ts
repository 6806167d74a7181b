import { useLiveQuery } from 'dexie-react-hooks'
import type { Person } from '../../core/profiles/person'
import { useServices } from './services'

/** Everyone in the household, live; undefined while loading. */
export function useHousehold(): Person[] | undefined {
  const { profiles } = useServices()
  return useLiveQuery(() => profiles.list(), [profiles])
}
