import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { Person } from '../../../core/profiles/person'
import { useServices } from '../../data'
import { createPlanRepo } from '../../db/repos/plan-repo'
import { useCatalogue } from '../../data'
import { useSettings } from '../../data'
import { buildCoverageView, coverageRange, type CoverageView } from './coverage-view'

export type CoverageState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; view: CoverageView }

/** The Coverage page's data for the week starting `monday`, live as plans and people change. */
export function useCoverage(people: readonly Person[] | undefined, monday: string, personId: string | null): CoverageState {
  const { db, clock } = useServices()
  const catalogue = useCatalogue()
  const wording = useSettings().settings.units
  const today = clock.today()
  const range = useMemo(() => coverageRange(monday), [monday])
  const entries = useLiveQuery(() => createPlanRepo(db).between(range.from, range.to), [db, range])
  return useMemo((): CoverageState => {
    if (catalogue.status === 'error') return { status: 'error', message: `the food catalogue could not be loaded (${catalogue.message})` }
    if (!people || entries === undefined || catalogue.status !== 'ready') return { status: 'loading' }
    try {
      return { status: 'ready', view: buildCoverageView({ people, entries, foods: catalogue.foods, recipes: catalogue.recipes, monday, today, personId, wording }) }
    } catch (error) {
      return { status: 'error', message: error instanceof Error ? error.message : String(error) }
    }
  }, [people, entries, catalogue, monday, today, personId, wording])
}
