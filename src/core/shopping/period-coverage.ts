/**
 * Which days of the chosen period the list covers. A day counts as planned when any plan entry
 * (meal, food or supplement) falls on it for a chosen person; a day with nothing planned adds
 * nothing to the list, so the list must say it does not cover that day rather than let a
 * two-week heading stand over one week's food.
 *
 * Optionally the unplanned days can be counted from planned ones: each unplanned day takes the
 * entries of the nearest planned day in the period on the same weekday (earlier first), as if
 * that day's meals were planned again. The app's "usual week" (profiles/usual-week.ts) only
 * records how often a person has each B12 source, not meals with amounts, so it cannot stand in
 * for a shopping list; a planned week can.
 */
import { addDays, daysBetween, formatDay, rangeTitle } from '../dates'
import { entryIncluded } from './aggregate-plan'
import type { PlanEntry, ProfileId } from '../planning/types'
import type { DateRange } from './types'

/** An unplanned day counted from a planned day on the same weekday. */
export interface RepeatedDay {
  date: string
  from: string
}

export interface PeriodCoverage {
  /** Runs of days the list covers (planned, or counted from a planned day), in order. */
  covered: readonly DateRange[]
  /** Runs of days with nothing planned and nothing counted for them, in order. */
  missing: readonly DateRange[]
  /** Days counted from a planned day (the repeat option); empty without it. */
  repeated: readonly RepeatedDay[]
}

/** Every day of an inclusive range, in order (none when `to` is before `from`). */
function daysOf(range: DateRange): string[] {
  const n = daysBetween(range.from, range.to)
  return Array.from({ length: Math.max(0, n + 1) }, (_, i) => addDays(range.from, i))
}

/** Consecutive days grouped into inclusive runs; `days` must be sorted. */
export function dayRuns(days: readonly string[]): DateRange[] {
  const runs: DateRange[] = []
  for (const day of days) {
    const last = runs.at(-1)
    if (last && addDays(last.to, 1) === day) last.to = day
    else runs.push({ from: day, to: day })
  }
  return runs
}

function plannedDaySet(
  entries: readonly PlanEntry[],
  range: DateRange,
  profileIds: readonly ProfileId[] | null | undefined,
): Set<string> {
  const filter = { range, profileIds }
  return new Set(entries.filter((e) => entryIncluded(e, filter)).map((e) => e.date))
}

/** The nearest planned day in the period on the same weekday as `date`, earlier first. */
function sourceDay(date: string, range: DateRange, planned: ReadonlySet<string>): string | null {
  const weeks = Math.ceil((daysBetween(range.from, range.to) + 1) / 7)
  for (let k = 1; k <= weeks; k++) {
    for (const candidate of [addDays(date, -7 * k), addDays(date, 7 * k)]) {
      if (planned.has(candidate)) return candidate
    }
  }
  return null
}

export interface PeriodPlan {
  coverage: PeriodCoverage
  /** Entries for the unplanned days, copied from their source days (ids suffixed "@date"). */
  extra: PlanEntry[]
}

/**
 * The period's coverage for the chosen people (null or undefined = everyone) and, with
 * `repeat`, the entries that count planned days again for the unplanned ones. Days that have no
 * planned day on the same weekday in the period stay missing.
 */
export function planPeriod(
  entries: readonly PlanEntry[],
  range: DateRange,
  profileIds: readonly ProfileId[] | null | undefined,
  repeat: boolean,
): PeriodPlan {
  const planned = plannedDaySet(entries, range, profileIds)
  const repeated: RepeatedDay[] = []
  const extra: PlanEntry[] = []
  const coveredDays: string[] = []
  const missingDays: string[] = []
  for (const date of daysOf(range)) {
    if (planned.has(date)) {
      coveredDays.push(date)
      continue
    }
    const from = repeat ? sourceDay(date, range, planned) : null
    if (from === null) {
      missingDays.push(date)
      continue
    }
    coveredDays.push(date)
    repeated.push({ date, from })
    for (const e of entries) {
      if (e.date !== from || !entryIncluded(e, { range, profileIds })) continue
      extra.push({ ...e, id: `${e.id}@${date}` as PlanEntry['id'], date })
    }
  }
  return {
    coverage: { covered: dayRuns(coveredDays), missing: dayRuns(missingDays), repeated },
    extra,
  }
}

/** "10 March 2026" for one day, else rangeTitle ("10 to 16 March 2026"). */
export function runTitle(run: DateRange): string {
  return run.from === run.to ? formatDay(run.from, true) : rangeTitle(run)
}

/** "A", "A and B", "A, B and C". */
function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('')
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`
}

/** The days a list covers in words, e.g. "3 to 9 March 2026 and 17 to 23 March 2026". */
export function coveredTitle(coverage: PeriodCoverage): string {
  return joinAnd(coverage.covered.map(runTitle))
}

/**
 * What the list says about its period, or [] when it covers every day: which days have nothing
 * planned and so are not covered, and which days count planned meals again.
 */
export function periodNotes(coverage: PeriodCoverage): string[] {
  const notes: string[] = []
  if (coverage.repeated.length > 0) {
    const days = dayRuns(coverage.repeated.map((r) => r.date))
    const sources = dayRuns([...new Set(coverage.repeated.map((r) => r.from))].sort())
    notes.push(
      `Nothing is planned for ${joinAnd(days.map(runTitle))}: this list counts the meals planned for ${joinAnd(sources.map(runTitle))} again on the same weekdays.`,
    )
  }
  if (coverage.missing.length > 0 && coverage.covered.length > 0) {
    notes.push(
      `Nothing is planned for ${joinAnd(coverage.missing.map(runTitle))}, so this list covers ${coveredTitle(coverage)} only.`,
    )
  }
  return notes
}
