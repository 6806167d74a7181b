/**
 * A person's week assessed: the basis of the intake (reference §6a.2), the week's structured
 * events (day, meal, items with their food id and kind) and assessB12 of those events. The
 * Advice, Coverage and Plan pages all read this, so they show the same numbers; charts read the
 * events' fields and never parse labels or names.
 */
import { assessB12, type B12Assessment, type B12AssessmentInput } from '../b12'
import type { PlanEntry } from '../planning/types'
import { weekIntakePattern, type IntakeLookup } from './intake-pattern'
import type { Person } from './person'
import { assessmentInputFor, personAge } from './to-assessment'
import { usualWeekPattern } from './usual-week'
import { toEatingEvents, type WeekEvent } from './week-event'

export { toEatingEvents, type WeekEvent, type WeekItem } from './week-event'

/**
 * What the assessment's intake is based on (reference §6a.2): the meals planned this week where
 * the person has any, else the usual week they described, else nothing (intake unknown, never zero).
 */
export type IntakeBasis = 'planned' | 'usual' | 'unknown'

/** The planned week to assess: plan entries (anyone's; only the person's count) and its dates Monday…Sunday. */
export interface PlannedWeek {
  entries: readonly PlanEntry[]
  dates: readonly string[]
}

export interface AssessedWeek {
  basis: IntakeBasis
  /** The events assessed (planned or usual week, with regular supplements); null when unknown. */
  events: WeekEvent[] | null
  input: B12AssessmentInput
  assessment: B12Assessment
  /** Planned entries whose food or recipe is not available, so they were not counted. */
  missing: PlanEntry[]
  /** Folic acid from planned foods, µg per day (0 unless the basis is 'planned'). */
  foodFolicAcidUgPerDay: number
}

/**
 * The basis and events for one person: any meal planned for them in the week → that week; else
 * a described usual week (not for babies under 1, whose feeding the app does not ask about,
 * §6a.3) → it; else unknown. Regular supplements count in either basis, but alone they do not
 * make intake known: they say nothing about meals. `today` is YYYY-MM-DD.
 */
export function assessWeek(
  person: Person,
  week: PlannedWeek,
  lookup: IntakeLookup,
  today: string,
): AssessedWeek {
  const planned = weekIntakePattern(person, week.entries, week.dates, lookup)
  const chosen = chooseBasis(
    person,
    week,
    planned.events,
    planned.foodFolicAcidUgPerDay,
    lookup,
    today,
  )
  const input = assessmentInputFor(
    person,
    chosen.events && toEatingEvents(chosen.events),
    today,
    chosen.folicAcid,
  )
  return {
    basis: chosen.basis,
    events: chosen.events,
    input,
    assessment: assessB12(input),
    missing: planned.missing,
    foodFolicAcidUgPerDay: chosen.folicAcid,
  }
}

function chooseBasis(
  person: Person,
  week: PlannedWeek,
  plannedEvents: WeekEvent[],
  plannedFolicAcid: number,
  lookup: IntakeLookup,
  today: string,
) {
  const planned = week.entries.some(
    (entry) => entry.profileId === person.id && week.dates.includes(entry.date),
  )
  if (planned)
    return { basis: 'planned' as const, events: plannedEvents, folicAcid: plannedFolicAcid }
  if (person.usualWeek && personAge(person, today) >= 1) {
    return {
      basis: 'usual' as const,
      events: usualWeekPattern(person, person.usualWeek, lookup).events,
      folicAcid: 0,
    }
  }
  return { basis: 'unknown' as const, events: null, folicAcid: 0 }
}
