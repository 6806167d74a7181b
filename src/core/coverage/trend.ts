/**
 * Coverage week by week (past and planned weeks) and person by person: the absorbed estimate as
 * a share of the absorbed target (the assessment's effectiveCoveragePct), against 100 %.
 */
import type { B12Assessment } from '../b12'
import { niceCeil } from './clamp'
import { formatDay, formatPct, formatShortDay, joinWords } from './format'

export interface NamedPerson {
  name: string
}

/** One week's assessments, one per person in order; null where nothing is planned for them. */
export interface WeekAssessments {
  monday: string
  assessments: readonly (B12Assessment | null)[]
}

export interface TrendWeek {
  monday: string
  /** "16 Nov" */
  label: string
  /** The week shown in the daily chart. */
  selected: boolean
  /** Coverage % per person (aligned with `people`); null: nothing planned or not estimated. */
  values: (number | null)[]
}

/** Recharts rows: `label`, and per person `p0`, `p1`… (true %) and `p0Shown`… (cut at the axis top). */
export type TrendRow = Record<string, string | number | null>

export interface WeeklyTrend {
  people: { key: string; name: string }[]
  weeks: TrendWeek[]
  rows: TrendRow[]
  axisTopPct: number
}

function coverageOf(assessment: B12Assessment | null): number | null {
  return assessment?.effectiveCoveragePct ?? null
}

/** The trend over the given weeks (oldest first); the axis stops at 400 % and taller values are cut. */
export function weeklyTrend(people: readonly NamedPerson[], weeks: readonly WeekAssessments[], selectedMonday: string): WeeklyTrend {
  const keyed = people.map((person, i) => ({ key: `p${i}`, name: person.name }))
  const trendWeeks = weeks.map((week): TrendWeek => ({
    monday: week.monday,
    label: formatShortDay(week.monday),
    selected: week.monday === selectedMonday,
    values: keyed.map((_, i) => coverageOf(week.assessments[i] ?? null)),
  }))
  const all = trendWeeks.flatMap((week) => week.values).filter((v): v is number => v !== null)
  const top = Math.min(400, niceCeil(Math.max(125, ...all)))
  const rows = trendWeeks.map((week) => {
    const row: TrendRow = { label: week.label }
    keyed.forEach((person, i) => {
      const value = week.values[i] ?? null
      row[person.key] = value
      row[`${person.key}Shown`] = value === null ? null : Math.min(value, top)
    })
    return row
  })
  return { people: keyed, weeks: trendWeeks, rows, axisTopPct: top }
}

/**
 * e.g. "Rosa's plan was enough in 5 of the 7 planned weeks; the lowest was the week of
 * 2 November at 40 %." For several people: "Weeks with enough B12: Rosa 5 of 7, Sam 2 of 7."
 */
export function trendSummary(trend: WeeklyTrend): string {
  const counts = trend.people.map((person, i) => {
    const values = trend.weeks.map((week) => ({ week, value: week.values[i] ?? null })).filter((v) => v.value !== null)
    const enough = values.filter((v) => (v.value ?? 0) >= 100).length
    return { person, values, enough }
  })
  if (counts.every((c) => c.values.length === 0)) {
    return `No B12 coverage is estimated for these ${trend.weeks.length} weeks: nothing is planned, or absorption is not estimated.`
  }
  const only = counts.length === 1 ? counts[0] : undefined
  if (only) {
    const { person, values, enough } = only
    const lowest = values.reduce((a, b) => ((b.value ?? 0) < (a.value ?? 0) ? b : a))
    const low = enough === values.length ? '' : `; the lowest was the week of ${formatDay(lowest.week.monday)} at ${formatPct(lowest.value)}`
    return `${person.name}'s plan was enough in ${enough} of the ${values.length} planned ${values.length === 1 ? 'week' : 'weeks'}${low}.`
  }
  return `Planned weeks with enough B12: ${joinWords(counts.map((c) => `${c.person.name} ${c.enough} of ${c.values.length}`))}.`
}
