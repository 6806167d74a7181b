import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import type { B12Assessment, B12AssessmentInput } from '../../core/b12'
import type { FoodRecord } from '../../core/foods/types'
import type { PlanEntry, Recipe } from '../../core/planning/types'
import { assessWeek, type IntakeBasis, type WeekEvent } from '../../core/profiles/assess-week'
import type { Person } from '../../core/profiles/person'
import { mondayOf, weekOf } from '../../core/dates'
import { useServices } from './services'
import { createPlanRepo } from '../db/repos/plan-repo'
import { useCatalogue } from './use-catalogue'

export type { IntakeBasis } from '../../core/profiles/assess-week'

export interface PersonAssessment {
  assessment: B12Assessment
  basis: IntakeBasis
  /** The week's events assessed (planned or usual week, with regular supplements); null when unknown. */
  events: WeekEvent[] | null
  /** The planned entries the assessment was made from, and the recipes they were read with. */
  entries: readonly PlanEntry[]
  recipes: ReadonlyMap<string, Recipe>
  input: B12AssessmentInput
  /** Planned entries that could not be counted (a food or recipe that is not available). */
  missing: PlanEntry[]
  dates: string[]
}

export type AssessmentState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; result: PersonAssessment; foods: ReadonlyMap<string, FoodRecord> }

/** Assesses one person exactly as the core does (core/profiles/assess-week); the same function serves previews. */
export function assessPerson(
  person: Person,
  entries: readonly PlanEntry[],
  dates: string[],
  foods: ReadonlyMap<string, FoodRecord>,
  today: string,
  recipes: ReadonlyMap<string, Recipe> = new Map(),
): PersonAssessment {
  const lookup = { food: (id: string) => foods.get(id), recipe: (id: string) => recipes.get(id) }
  const { basis, events, input, assessment, missing } = assessWeek(
    person,
    { entries, dates },
    lookup,
    today,
  )
  return { assessment, basis, events, entries, recipes, input, missing, dates }
}

/** The B12 assessment of this week's plan (Monday to Sunday) for one person, live. */
export function usePersonAssessment(person: Person | undefined): AssessmentState {
  const { db, clock } = useServices()
  const catalogue = useCatalogue()
  const today = clock.today()
  const dates = useMemo(() => weekOf(mondayOf(today)), [today])
  const entries = useLiveQuery(
    () =>
      person
        ? createPlanRepo(db).between(dates[0] ?? today, dates[6] ?? today, [person.id])
        : Promise.resolve([]),
    [db, person?.id, dates, today],
  )
  return useMemo((): AssessmentState => {
    if (!person || entries === undefined || catalogue.status !== 'ready')
      return { status: 'loading' }
    try {
      return {
        status: 'ready',
        result: assessPerson(person, entries, dates, catalogue.foods, today, catalogue.recipes),
        foods: catalogue.foods,
      }
    } catch (error) {
      return { status: 'error', message: error instanceof Error ? error.message : String(error) }
    }
  }, [person, entries, catalogue, dates, today])
}
