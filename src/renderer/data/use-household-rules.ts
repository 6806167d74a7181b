import { useLiveQuery } from 'dexie-react-hooks'
import type { HouseholdRule } from '../../core/planning/household-rules'
import { useServices } from './services'

/** The household's planning rules, live; undefined while loading. */
export function useHouseholdRules(): HouseholdRule[] | undefined {
  const { householdRules } = useServices()
  return useLiveQuery(() => householdRules.list(), [householdRules])
}
