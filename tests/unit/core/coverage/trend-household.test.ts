import { describe, expect, it } from 'vitest'
import { householdComparison, householdSummary, trendSummary, weeklyTrend, formatWeekRange, niceCeil, clampStack } from '../../../../src/core/coverage'
import { assessWeek, food, shortTuesdayAndSaturday, SOYMILK, tablet } from './week-fixture'

const good = assessWeek([0, 1, 2, 3, 4, 5, 6].flatMap((d) => [food(d, 'breakfast', SOYMILK, 240), food(d, 'dinner', SOYMILK, 240)])).assessment
const poor = assessWeek(shortTuesdayAndSaturday().filter((e) => e.slot !== 'lunch')).assessment
const big = assessWeek([0, 1, 2, 3, 4, 5, 6].map((d) => tablet(d, 'breakfast', 'curated:b12-tablet-1000-cyanocobalamin'))).assessment

describe('weeklyTrend', () => {
  const weeks = [
    { monday: '2026-11-02', assessments: [good, null] },
    { monday: '2026-11-09', assessments: [poor, big] },
    { monday: '2026-11-16', assessments: [null, good] },
  ]
  const trend = weeklyTrend([{ name: 'Rosa' }, { name: 'Sam' }], weeks, '2026-11-09')

  it('takes each week’s coverage from the assessment and keeps gaps for unplanned weeks', () => {
    expect(trend.weeks.map((w) => w.values)).toEqual([[good.effectiveCoveragePct, null], [poor.effectiveCoveragePct, big.effectiveCoveragePct], [null, good.effectiveCoveragePct]])
    expect(trend.weeks.map((w) => w.selected)).toEqual([false, true, false])
    expect(trend.rows[1]).toMatchObject({ label: '9 Nov', p0: poor.effectiveCoveragePct, p1: big.effectiveCoveragePct, p1Shown: 400 })
    expect(trend.axisTopPct).toBe(400)
  })

  it('summarises one person and several people', () => {
    const rosa = weeklyTrend([{ name: 'Rosa' }], weeks.map((w) => ({ ...w, assessments: [w.assessments[0]!] })), '2026-11-16')
    expect(trendSummary(rosa)).toBe(`Rosa's plan was enough in 1 of the 2 planned weeks; the lowest was the week of 9 November at ${Math.round(poor.effectiveCoveragePct!)} %.`)
    expect(trendSummary(trend)).toBe('Planned weeks with enough B12: Rosa 1 of 2 and Sam 2 of 2.')
  })
})

describe('householdComparison', () => {
  it('puts each person’s coverage side by side and names who falls short', () => {
    const household = householdComparison([
      { name: 'Rosa', assessment: good, planned: true },
      { name: 'Ada', assessment: poor, planned: true },
      { name: 'Ben', assessment: poor, planned: false },
    ])
    expect(household.people.map((p) => p.effectivePct)).toEqual([good.effectiveCoveragePct, poor.effectiveCoveragePct, null])
    expect(householdSummary(household)).toBe(`Rosa gets enough this week; Ada (${Math.round(poor.effectiveCoveragePct!)} %) falls short; what Ben eats is not known yet.`)
  })
})

describe('axis helpers and formatting', () => {
  it.each([[0.3, 0.3], [2.4, 2.5], [9.6, 10], [12, 15], [0, 1]])('niceCeil(%d) = %d', (value, nice) => {
    expect(niceCeil(value)).toBeCloseTo(nice, 9)
  })
  it('clampStack keeps the bottom segments and cuts the rest', () => {
    expect(clampStack([1, 2, 1000], 10)).toEqual([1, 2, 7])
  })
  it('formats week ranges', () => {
    expect(formatWeekRange('2026-11-16', '2026-11-22')).toBe('16–22 November 2026')
    expect(formatWeekRange('2026-11-30', '2026-12-06')).toBe('30 November – 6 December 2026')
  })
})
