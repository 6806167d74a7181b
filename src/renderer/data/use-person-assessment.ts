import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo } from 'react'
import { assessB12, type B12Assessment, type B12AssessmentInput, type EatingEvent } from '../../core/b12'
import type { FoodRecord } from '../../core/foods/types'
import type { PlanEntry, Recipe } from '../../core/planning/types'
import { weekIntakePattern, type WeekIntake } from '../../core/profiles/intake-pattern'
import type { Person } from '../../core/profiles/person'
import { assessmentInputFor, personAge } from '../../core/profiles/to-assessment'
import { usualWeekPattern } from '../../core/profiles/usual-week'
import { mondayOf, weekOf } from '../../core/dates'
import { useServices } from './services'
import { createPlanRepo } from '../db/repos/plan-repo'
import { useCatalogue } from './use-catalogue'

/**
 * What the assessment's intake is based on (reference §6a.2): the meals planned this week where
 * the person has any, else the usual week they described, else nothing (intake unknown, never zero).
 */
export type IntakeBasis = 'planned' | 'usual' | 'unknown'

export interface PersonAssessment {
  assessment: B12Assessment
  basis: IntakeBasis
  /** The intake pattern assessed (planned or usual week, with regular supplements); null when unknown. */
  pattern: EatingEvent[] | null
  /** The planned entries the assessment was made from, and the recipes they were read with. */
  entries: readonly PlanEntry[]
  recipes: ReadonlyMap<string, Recipe>
  input: B12AssessmentInput
  /** The planned week read day by day (its pattern is the assessed one only when basis is 'planned'). */
  week: WeekIntake
  dates: string[]
}

export type AssessmentState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; result: PersonAssessment; foods: ReadonlyMap<string, FoodRecord> }

/**
 * The basis and pattern for one person: any meal planned for them in `dates` → that week; else
 * a described usual week (not for babies under 1, whose feeding the app does not ask about,
 * §6a.3) → it; else unknown. Regular supplements count in either basis, but alone they do not
 * make intake known: they say nothing about meals.
 */
function chooseBasis(person: Person, entries: readonly PlanEntry[], dates: readonly string[], week: WeekIntake, foods: ReadonlyMap<string, FoodRecord>, today: string) {
  const planned = entries.some((entry) => entry.profileId === person.id && dates.includes(entry.date))
  if (planned) return { basis: 'planned' as const, pattern: week.pattern, folicAcid: week.foodFolicAcidUgPerDay }
  if (person.usualWeek && personAge(person, today) >= 1) {
    const usual = usualWeekPattern(person, person.usualWeek, { food: (id) => foods.get(id) })
    return { basis: 'usual' as const, pattern: usual.pattern, folicAcid: 0 }
  }
  return { basis: 'unknown' as const, pattern: null, folicAcid: 0 }
}

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
  const { basis, pattern, folicAcid } = chooseBasis(person, entries, dates, week, foods, today)
  const input = assessmentInputFor(person, pattern, today, folicAcid)
  return { assessment: assessB12(input), basis, pattern, entries, recipes, input, week, dates }
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
