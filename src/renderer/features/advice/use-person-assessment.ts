import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { assessB12, type B12Assessment, type B12AssessmentInput } from '../../../core/b12'
import type { FoodRecord } from '../../../core/foods/types'
import type { PlanEntry, Recipe } from '../../../core/planning/types'
import { weekIntakePattern, type WeekIntake } from '../../../core/profiles/intake-pattern'
import type { Person } from '../../../core/profiles/person'
import { assessmentInputFor } from '../../../core/profiles/to-assessment'
import { mondayOf, weekOf } from '../../../core/profiles/week'
import { useServices } from '../../app/services'
import { createPlanRepo } from '../../db/repos/plan-repo'
import { useCatalogue } from '../foods/use-catalogue'

export interface PersonAssessment {
  assessment: B12Assessment
  /** The planned entries the assessment was made from, and the recipes they were read with. */
  entries: readonly PlanEntry[]
  recipes: ReadonlyMap<string, Recipe>
  input: B12AssessmentInput
  week: WeekIntake
  dates: string[]
}

export type AssessmentState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; result: PersonAssessment; foods: ReadonlyMap<string, FoodRecord> }

/** Assesses one person exactly as the core does; the same function serves previews. */
export function assessPerson(
  person: Person,
  entries: readonly PlanEntry[],
  dates: string[],
  foods: ReadonlyMap<string, FoodRecord>,
  today: string,
  recipes: ReadonlyMap<string, Recipe> = new Map(),
): PersonAssessment {
  const week = weekIntakePattern(person, entries, dates, { food: (id) => foods.get(id), recipe: (id) => recipes.get(id) })
  const input = assessmentInputFor(person, week.pattern, today, week.foodFolicAcidUgPerDay)
  return { assessment: assessB12(input), entries, recipes, input, week, dates }
}

/** The B12 assessment of this week's plan (Monday to Sunday) for one person, live. */
export function usePersonAssessment(person: Person | undefined): AssessmentState {
  const { db, clock } = useServices()
  const catalogue = useCatalogue()
  const today = clock.today()
  const dates = useMemo(() => weekOf(mondayOf(today)), [today])
  const entries = useLiveQuery(
    () => (person ? createPlanRepo(db).between(dates[0] ?? today, dates[6] ?? today, [person.id]) : Promise.resolve([])),
    [db, person?.id, dates, today],
  )
  return useMemo((): AssessmentState => {
    if (!person || entries === undefined || catalogue.status !== 'ready') return { status: 'loading' }
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
