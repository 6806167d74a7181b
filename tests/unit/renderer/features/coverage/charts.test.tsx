import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { householdComparison, topSources, weeklyTrend } from '../../../../../src/core/coverage'
import { HouseholdComparisonChart } from '../../../../../src/renderer/features/coverage/HouseholdComparisonChart'
import { MealCoverageChart } from '../../../../../src/renderer/features/coverage/MealCoverageChart'
import { TopSourcesChart } from '../../../../../src/renderer/features/coverage/TopSourcesChart'
import { WeeklyTrendChart } from '../../../../../src/renderer/features/coverage/WeeklyTrendChart'
import { assessWeek, food, shortTuesdayAndSaturday, SOYMILK, tablet } from '../../../core/coverage/week-fixture'
import { rosaWeek } from './chart-data'

const size = { width: 800, height: 400 }
const good = assessWeek([0, 1, 2, 3, 4, 5, 6].flatMap((d) => [food(d, 'breakfast', SOYMILK, 240), food(d, 'dinner', SOYMILK, 240)]))
const poor = assessWeek(shortTuesdayAndSaturday().filter((e) => e.slot !== 'lunch'))

describe('MealCoverageChart', () => {
  it('draws eaten and absorbed bars per meal with the 1.5 µg per-meal line', () => {
    const { container } = render(<MealCoverageChart day={rosaWeek().wednesday} dayName="Wednesday" {...size} />)
    // Meals with no B12 draw no rectangle: only breakfast holds a tablet; soy milk at breakfast and lunch, liver as a snack.
    expect(container.querySelectorAll('.cov-bar-supplement .recharts-bar-rectangle')).toHaveLength(1)
    expect(container.querySelectorAll('.cov-bar-absorbed .recharts-bar-rectangle')).toHaveLength(3)
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(1)
    expect(container.querySelector('svg.recharts-surface')).toHaveTextContent('Cap 1.5 µg')
    const labels = [...container.querySelectorAll('.cov-value-label')].map((label) => label.textContent)
    expect(labels).toEqual(expect.arrayContaining(['27', '2.0', '1.7']))
    expect(screen.getByText(/^On Wednesday breakfast gives 27 µg but only about 1\.7 µg/, { selector: 'p' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'B12 per meal on Wednesday (µg)' })
    expect(within(table).getByRole('row', { name: /^Breakfast/ })).toHaveTextContent(/27 µg.*1\.7 µg.*6 %/)
  })
})

describe('WeeklyTrendChart', () => {
  it('draws one line per person, the 100 % line and the shown week, with a table per week', () => {
    const trend = weeklyTrend([{ name: 'Rosa' }, { name: 'Sam' }], [
      { monday: '2026-11-09', assessments: [good.assessment, poor.assessment] },
      { monday: '2026-11-16', assessments: [poor.assessment, null] },
    ], '2026-11-16')
    const { container } = render(<WeeklyTrendChart trend={trend} {...size} />)
    expect(container.querySelectorAll('.recharts-line')).toHaveLength(2)
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(2)
    expect(container.querySelectorAll('.cov-marker').length).toBeGreaterThanOrEqual(3)
    expect(screen.getByText('Planned weeks with enough B12: Rosa 1 of 2 and Sam 0 of 1.', { selector: 'p' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: /week by week/ })
    expect(within(table).getByRole('row', { name: /16 November 2026 \(shown\)/ })).toHaveTextContent('no estimate')
  })
})

describe('HouseholdComparisonChart', () => {
  it('draws a bar per person against 100 % and names who falls short', () => {
    const household = householdComparison([
      { name: 'Rosa', assessment: good.assessment, planned: true },
      { name: 'Ada', assessment: poor.assessment, planned: true },
    ])
    const { container } = render(<HouseholdComparisonChart household={household} rangeLabel="16–22 November 2026" {...size} />)
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2)
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(1)
    expect(screen.getByText(/^Rosa gets enough this week; Ada \(\d+ %\) falls short\.$/, { selector: 'p' })).toBeInTheDocument()
    expect(screen.getByRole('row', { name: /^Ada/ })).toHaveTextContent('Short')
  })
})

describe('TopSourcesChart', () => {
  it('draws a bar per source and lists them in a table', () => {
    const { week } = assessWeek([food(0, 'lunch', SOYMILK, 240), tablet(2, 'snack')])
    const { container } = render(<TopSourcesChart sources={topSources([week.events])} whose="Rosa" {...size} />)
    expect(container.querySelectorAll('.recharts-bar-rectangle')).toHaveLength(2)
    expect(container.querySelector('.cov-cell-supplement')).not.toBeNull()
    const table = screen.getByRole('table', { name: 'Top B12 sources this week for Rosa' })
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent(/Vitamin B12 tablet 25 µg.*Supplements.*25 µg/)
  })
})
