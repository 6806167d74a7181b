/**
 * Chart data for the Coverage page and the planner's compact charts: pure views over the B12
 * assessment and the same per-event absorption, with one-sentence summaries for each chart.
 */
export { axisTicks, axisTop, clampStack, niceCeil, topSegment } from './clamp'
export { dailyCoverage, type DayCoverage, type WeekCoverage } from './daily'
export { dailySummary, weekVerdict } from './daily-summary'
export { capitalise, formatDay, formatPct, formatShortDay, formatUg, formatWeekRange, joinWords } from './format'
export { householdComparison, householdSummary, type HouseholdCoverage, type PersonCoverage, type PersonWeek } from './household'
export { mealCoverage, mealSummary, type DayMeals, type MealCoverage } from './meals'
export {
  B12_SOURCES,
  SOURCE_LABELS,
  sourceOf,
  splitBySource,
  topSources,
  type B12Source,
  type SourceSplit,
  type SourceTotal,
} from './sources'
export { sourcesSummary } from './sources-summary'
export { trendSummary, weeklyTrend, type NamedPerson, type TrendRow, type TrendWeek, type WeekAssessments, type WeeklyTrend } from './trend'
