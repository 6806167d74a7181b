/**
 * Everything the Coverage page shows, from the household, the planned entries and the catalogue:
 * each person's week assessed by `assessPerson` (the same call the Advice page makes), then
 * turned into chart data by the pure helpers of core/coverage. No React here.
 */
import {
  dailyCoverage,
  householdComparison,
  topSources,
  weeklyTrend,
  type HouseholdCoverage,
  type SourceTotal,
  type WeekCoverage,
  type WeeklyTrend,
} from '../../../core/coverage'
import type { FoodRecord } from '../../../core/foods/types'
import { shopName, type ShopWording } from '../../../core/foods'
import type { PlanEntry, Recipe } from '../../../core/planning/types'
import type { WeekEvent } from '../../../core/profiles/assess-week'
import type { Person } from '../../../core/profiles/person'
import { addDays, weekOf } from '../../../core/dates'
import { assessPerson, type IntakeBasis, type PersonAssessment } from '../../data'

/** Weeks in the trend before the selected one, and after it. */
export const TREND_WEEKS_BEFORE = 6
export const TREND_WEEKS_AFTER = 1

export interface PersonWeekView {
  person: Person
  result: PersonAssessment
  /** What the figures rest on: planned meals, the usual week, or nothing known (§6a.2). */
  basis: IntakeBasis
  week: WeekCoverage
  /** The week's events, each item with its food's kind (none when intake is unknown). */
  events: WeekEvent[]
  /** Planned entries that could not be counted (a food or recipe that is not available). */
  missing: number
}

export interface CoverageView {
  monday: string
  dates: string[]
  people: PersonWeekView[]
  /** The chosen person, or null for the whole household. */
  selected: PersonWeekView | null
  household: HouseholdCoverage
  trend: WeeklyTrend
  sources: SourceTotal[]
  /** True when anyone in scope has figures this week: planned meals or a usual week (not unknown intake). */
  planned: boolean
}

/** The Mondays of the trend, oldest first: 6 weeks before `monday` up to the week after it. */
export function trendMondays(monday: string): string[] {
  const count = TREND_WEEKS_BEFORE + 1 + TREND_WEEKS_AFTER
  return Array.from({ length: count }, (_, i) => addDays(monday, 7 * (i - TREND_WEEKS_BEFORE)))
}

/** The date range to load for a selected week: the first trend Monday to the last trend Sunday. */
export function coverageRange(monday: string): { from: string; to: string } {
  const mondays = trendMondays(monday)
  return { from: mondays[0] ?? monday, to: addDays(mondays[mondays.length - 1] ?? monday, 6) }
}

function byWeek(entries: readonly PlanEntry[], mondays: readonly string[]): Map<string, PlanEntry[]> {
  const weeks = new Map<string, PlanEntry[]>(mondays.map((m) => [m, []]))
  for (const entry of entries) {
    const monday = mondays.findLast((m) => m <= entry.date)
    if (monday && entry.date <= addDays(monday, 6)) weeks.get(monday)?.push(entry)
  }
  return weeks
}

export interface CoverageInput {
  people: readonly Person[]
  entries: readonly PlanEntry[]
  foods: ReadonlyMap<string, FoodRecord>
  /** Recipe library, so recipe entries count (the same lookup the Advice page uses). */
  recipes?: ReadonlyMap<string, Recipe>
  monday: string
  today: string
  /** A person's id, or null for the household. */
  personId: string | null
  /** Food names in UK ('metric') or US ('us') shop wording, as the units setting; default 'metric'. */
  wording?: ShopWording
}

/** The events with each catalogue food named as on the shopping list ("Soya drink, fortified with B12"). */
function withShopNames(events: readonly WeekEvent[], foods: ReadonlyMap<string, FoodRecord>, wording: ShopWording): WeekEvent[] {
  return events.map((event) => ({
    ...event,
    items: event.items.map((item) => {
      const food = item.foodId === null ? undefined : foods.get(item.foodId)
      return food ? { ...item, name: shopName(food, wording) } : item
    }),
  }))
}

/** Builds the page's data; throws what assessB12 throws for a person whose details are invalid. */
export function buildCoverageView({ people, entries, foods, recipes, monday, today, personId, wording = 'metric' }: CoverageInput): CoverageView {
  const mondays = trendMondays(monday)
  const weeks = byWeek(entries, mondays)
  const assess = (person: Person, weekMonday: string): PersonAssessment =>
    assessPerson(person, weeks.get(weekMonday) ?? [], weekOf(weekMonday), foods, today, recipes)

  const views = people.map((person): PersonWeekView => {
    const result = assess(person, monday)
    // Unknown intake draws no chart at all rather than a week of zeros.
    const events = result.events ?? []
    return {
      person,
      result,
      basis: result.basis,
      week: dailyCoverage(events, result.dates, result.assessment),
      events,
      missing: result.missing.length,
    }
  })
  const selected = views.find((view) => view.person.id === personId) ?? null
  const scope = selected ? [selected] : views
  const trend = weeklyTrend(
    scope.map((view) => view.person),
    mondays.map((m) => ({
      monday: m,
      assessments: scope.map((view) => {
        const result = m === monday ? view.result : assess(view.person, m)
        // The trend follows planned weeks only: a usual week would repeat the same value each week.
        return result.basis === 'planned' ? result.assessment : null
      }),
    })),
    monday,
  )
  return {
    monday,
    dates: weekOf(monday),
    people: views,
    selected,
    household: householdComparison(views.map((view) => ({ name: view.person.name, assessment: view.result.assessment, planned: view.basis !== 'unknown' }))),
    trend,
    sources: topSources(scope.map((view) => withShopNames(view.events, foods, wording))),
    planned: scope.some((view) => view.basis !== 'unknown'),
  }
}
