import { describe, expect, it } from 'vitest'
import { dailyCoverage, dailySummary, weekVerdict } from '../../../../src/core/coverage'
import { assessWeek, DATES, food, LIVER, shortTuesdayAndSaturday, SOYMILK, tablet, TABLET_25 } from './week-fixture'

const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / values.length

describe('dailyCoverage', () => {
  const mixed = [
    ...shortTuesdayAndSaturday(),
    tablet(2, 'breakfast'),
    food(6, 'dinner', LIVER, 85),
  ]

  it('agrees with the assessment: mean absorbed and mean intake per day', () => {
    const { week, assessment } = assessWeek(mixed)
    const days = dailyCoverage(week.events, DATES, assessment).days
    expect(mean(days.map((d) => d.absorbedUg ?? NaN))).toBeCloseTo(assessment.absorbedUgPerDay!, 2)
    expect(mean(days.map((d) => d.intakeUg))).toBeCloseTo(assessment.intakeUgPerDay!, 2)
  })

  it('splits each day into animal, fortified and supplement parts that sum to the day', () => {
    const { week, assessment } = assessWeek(mixed)
    const days = dailyCoverage(week.events, DATES, assessment).days
    for (const day of days) expect(day.animalUg + day.fortifiedUg + day.supplementUg).toBeCloseTo(day.intakeUg, 9)
    expect(days[0]).toMatchObject({ date: '2026-11-16', dayName: 'Monday', shortName: 'Mon', animalUg: 0, supplementUg: 0 })
    expect(days[0]!.fortifiedUg).toBeCloseTo(2 * 2.4 * 0.85, 6)
    expect(days[2]!.supplementUg).toBeCloseTo(25, 6)
    expect(days[6]!.animalUg).toBeCloseTo(0.85 * 59.3, 6)
  })

  it('counts a regular supplement from the person on its days as a supplement', () => {
    const { week, assessment } = assessWeek([], {
      supplements: [{ id: 's1', foodId: TABLET_25 as never, units: 1, slot: 'breakfast', days: [0, 3] }],
    })
    const days = dailyCoverage(week.events, DATES, assessment).days
    expect(days.map((d) => d.supplementUg)).toEqual([25, 0, 0, 25, 0, 0, 0])
    expect(days.every((d) => d.fortifiedUg === 0)).toBe(true)
  })

  it('spreads an event without a weekday evenly, keeping the mean', () => {
    const { assessment } = assessWeek([])
    const events = [{ dayIndex: null, slot: 'snack' as const, daysPerWeek: 1, items: [{ name: 'x', ug: 2000, form: 'crystalline' as const, foodId: null, kind: 'supplement' as const }] }]
    const week = dailyCoverage(events, DATES, { ...assessment, absorbedUgPerDay: assessment.absorbedUgPerDay })
    expect(week.days.every((d) => Math.abs(d.intakeUg - 2000 / 7) < 1e-9 && d.supplementUg === d.intakeUg)).toBe(true)
  })

  it('marks the short days and cuts tall bars at the axis top', () => {
    const { week, assessment } = assessWeek([...shortTuesdayAndSaturday(), tablet(0, 'snack', 'curated:b12-tablet-1000-cyanocobalamin')])
    const coverage = dailyCoverage(week.events, DATES, assessment)
    expect(coverage.days.map((d) => d.short)).toEqual([false, true, false, false, false, true, false])
    expect(coverage.axisTopUg).toBe(10)
    const monday = coverage.days[0]!
    expect(monday.intakeUg).toBeGreaterThan(1000)
    expect(monday.shown.fortifiedUg + monday.shown.supplementUg).toBeCloseTo(10, 9)
    expect(monday.shown.fortifiedUg).toBeCloseTo(monday.fortifiedUg, 9)
  })

  it('gives null absorbed values and judges by the RDA when absorption is not estimated', () => {
    const { week, assessment } = assessWeek(shortTuesdayAndSaturday(), { conditions: ['pernicious_anaemia'] })
    const coverage = dailyCoverage(week.events, DATES, assessment)
    expect(coverage.absorbedEstimated).toBe(false)
    expect(coverage.days.every((d) => d.absorbedUg === null)).toBe(true)
    expect(coverage.days.map((d) => d.short)).toEqual([false, true, false, false, false, true, false])
  })
})

describe('dailySummary and weekVerdict', () => {
  const summaryOf = (entries: Parameters<typeof assessWeek>[0]): string => {
    const { week, assessment } = assessWeek(entries)
    return dailySummary(dailyCoverage(week.events, DATES, assessment))
  }

  it.each([
    ['names the short days and the missing meals', shortTuesdayAndSaturday(), 'Tuesday and Saturday fall short of the absorbed target of 1.2 µg a day: no B12 at breakfast or lunch.'],
    ['says when nothing is planned', [], 'Nothing with B12 is planned this week.'],
    ['says every day is fine', [0, 1, 2, 3, 4, 5, 6].flatMap((d) => [food(d, 'breakfast', SOYMILK, 240), food(d, 'dinner', SOYMILK, 240)]), 'Every day reaches the absorbed target of 1.2 µg a day.'],
    ['blames one big meal', [0, 1, 2, 3, 4, 5, 6].flatMap((d) => [food(d, 'breakfast', SOYMILK, 240), food(d, 'lunch', SOYMILK, 240), food(d, 'dinner', SOYMILK, 240)]).filter((e) => e.date !== DATES[3] || e.slot === 'dinner').concat([food(3, 'dinner', SOYMILK, 300)]), 'Thursday falls short of the absorbed target of 1.2 µg a day: most of the B12 comes in one meal, so less of it is absorbed.'],
    ['names a day with nothing', [0, 1, 2, 3, 4, 5].flatMap((d) => [food(d, 'breakfast', SOYMILK, 240), food(d, 'dinner', SOYMILK, 240)]), 'Sunday falls short of the absorbed target of 1.2 µg a day: nothing with B12 is planned on that day.'],
  ])('%s', (_name, entries, sentence) => {
    expect(summaryOf(entries)).toBe(sentence)
  })

  it('gives the week verdict with the assessment figures', () => {
    const { week, assessment } = assessWeek(shortTuesdayAndSaturday())
    const verdict = weekVerdict(dailyCoverage(week.events, DATES, assessment), 'Rosa')
    expect(verdict).toMatch(/^This week is (not )?enough for Rosa: about \d\.\d µg absorbed a day on average, \d+ % of the 1\.2 µg target\.$/)
    expect(verdict).toContain(`${Math.round(assessment.effectiveCoveragePct!)} %`)
  })
})
