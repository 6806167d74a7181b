/** The Coverage page and its charts, which the planner can reuse with the same chart data. */
export { CoveragePage } from './CoveragePage'
export { DailyCoverageChart, type DailyCoverageChartProps } from './DailyCoverageChart'
export { MealCoverageChart, type MealCoverageChartProps } from './MealCoverageChart'
export { WeeklyTrendChart, type WeeklyTrendChartProps } from './WeeklyTrendChart'
export { HouseholdComparisonChart, type HouseholdComparisonChartProps } from './HouseholdComparisonChart'
export { TopSourcesChart, type TopSourcesChartProps } from './TopSourcesChart'
export { buildCoverageView, coverageRange, trendMondays, type CoverageView, type PersonWeekView } from './coverage-view'
