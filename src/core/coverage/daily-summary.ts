/**
 * One-sentence summaries of a week, in plain language: which days fall short, and why.
 */
import type { DayCoverage, WeekCoverage } from './daily'
import { formatPct, formatUg, joinWords } from './format'

const MAIN_MEALS = ['breakfast', 'lunch', 'dinner'] as const

function verb(days: readonly DayCoverage[]): string {
  return days.length === 1 ? 'falls' : 'fall'
}

function reason(short: readonly DayCoverage[], week: WeekCoverage): string {
  const those = short.length === 1 ? 'that day' : 'those days'
  if (short.every((day) => day.intakeUg === 0)) return `nothing with B12 is planned on ${those}`
  // Enough eaten but absorbed poorly says more than which meals are empty.
  const oneBigMeal = short.every((day) => day.largestMealShare >= 0.75 && day.intakeUg >= week.rdaUg)
  if (oneBigMeal && week.absorbedEstimated) return `most of the B12 comes in one meal, so less of it is absorbed`
  const missing = MAIN_MEALS.filter((meal) => short.every((day) => !day.mealsWithB12.includes(meal)))
  if (missing.length > 0 && missing.length < MAIN_MEALS.length) return `no B12 at ${joinWords(missing, 'or')}`
  return `too little B12 on ${those}`
}

/**
 * The daily chart's summary, e.g. "Tuesday and Saturday fall short: no B12 at breakfast or
 * lunch." Short means below the absorbed target (below the RDA when absorption is not estimated).
 */
export function dailySummary(week: WeekCoverage): string {
  if (!week.planned) return 'Nothing with B12 is planned this week.'
  const short = week.days.filter((day) => day.short)
  const measure = week.absorbedEstimated
    ? `the absorbed target of ${formatUg(week.targetUg)} a day`
    : `the recommended ${formatUg(week.rdaUg)} a day`
  if (short.length === 0) return `Every day reaches ${measure}.`
  const who = short.length === 7 ? 'Every day falls' : `${joinWords(short.map((day) => day.dayName))} ${verb(short)}`
  return `${who} short of ${measure}: ${reason(short, week)}.`
}

/**
 * The week's verdict for one person, e.g. "This week is enough for Rosa: about 1.4 µg absorbed a
 * day on average, 117 % of the 1.2 µg target."
 */
export function weekVerdict(week: WeekCoverage, name: string): string {
  if (!week.planned) return `Nothing with B12 is planned for ${name} this week.`
  if (week.intakeUgPerDay === null) return `What ${name} eats is not known yet.`
  if (week.absorbedUgPerDay === null) {
    return `How much ${name} absorbs is not estimated (see Advice); ${formatUg(week.intakeUgPerDay)} a day is planned against the recommended ${formatUg(week.rdaUg)}.`
  }
  const figures = `about ${formatUg(week.absorbedUgPerDay)} absorbed a day on average, ${formatPct(week.effectiveCoveragePct)} of the ${formatUg(week.targetUg)} target`
  return week.adequate ? `This week is enough for ${name}: ${figures}.` : `This week is not enough for ${name}: ${figures}.`
}
