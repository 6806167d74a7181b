import { describe, expect, it } from 'vitest'
import { assessB12, eventBreakdown, weeklyTotals } from '../../../../src/core/b12'
import { eventOf, expectNear, item, mealsPerDay, person } from './builders'

describe('behaviour of the model checked against VS (§2), adult target 1.2 µg', () => {
  // [label, pattern, expected effective coverage % from the reference, adequate]
  it.each([
    ['fortified food 3 × 1 µg/day', mealsPerDay(3, 1), 141, true],
    ['2 × 1.5 µg/day', mealsPerDay(2, 1.5), 120, true],
    ['one 3 µg serving/day', mealsPerDay(1, 3), 82, false],
    ['10 µg once daily', mealsPerDay(1, 10), 115, true],
    ['5 µg once daily', mealsPerDay(1, 5), 97, false],
    ['2000 µg once weekly', [eventOf(1, item(2000))], 256, true],
    ['the whole RDA (2.4 µg) in one meal', mealsPerDay(1, 2.4, 'food'), 75, false],
    ['3 × 0.8 µg/day', mealsPerDay(3, 0.8), 122, true],
    ['1000 µg weekly (§9)', [eventOf(1, item(1000))], 137, true],
  ])('%s → %s %% effective coverage', (_label, intakePattern, expected, adequate) => {
    const r = assessB12(person({ intakePattern }))
    expectNear(r.effectiveCoveragePct, expected, 1)
    expect(r.adequate).toBe(adequate)
  })
})

describe('intake and coverage metrics (§2 Derived metrics)', () => {
  it('intake is Σ(µg × days)/7 and intake coverage is intake ÷ RDA', () => {
    // 3 × 1 µg a day = 3 µg/day; 3 / 2.4 = 125 %.
    const r = assessB12(person())
    expectNear(r.intakeUgPerDay, 3, 0.01)
    expectNear(r.intakeCoveragePct, 125, 1)
    // 0.5666 µg absorbed per event × 3 = 1.697 µg/day.
    expectNear(r.absorbedUgPerDay, 1.697, 0.01)
  })

  it('averages a weekly dose over 7 days', () => {
    // 2000 µg once a week: 285.7 µg/day intake; A(2000) = 21.5 µg / 7 = 3.071 µg/day.
    const r = assessB12(person({ intakePattern: [eventOf(1, item(2000))] }))
    expectNear(r.intakeUgPerDay, 285.71, 0.01)
    expectNear(r.absorbedUgPerDay, 3.071, 0.01)
    // passive route: 0.01 × 285.7 = 2.857 µg/day ÷ 1.2 = 238 %.
    expectNear(r.passiveRouteCoveragePct, 238, 1)
    expectNear(r.crystallineCoveragePct, 256, 1)
  })

  it('applies A() to the event total, and crystalline coverage to its crystalline part only', () => {
    // 2 µg food + 1 µg fortified in one daily meal: A(3) = 0.987 → 82 %;
    // crystalline A(1) = 0.566 → 47 %; passive 0.01 × 1 / 1.2 = 0.83 %.
    const r = assessB12(person({ intakePattern: [eventOf(7, item(2, 'food'), item(1))] }))
    expectNear(r.intakeUgPerDay, 3, 0.01)
    expectNear(r.effectiveCoveragePct, 82, 1)
    expectNear(r.crystallineCoveragePct, 47, 1)
    expectNear(r.passiveRouteCoveragePct, 0.83, 0.01)
  })

  it('counts not_counted items as 0 µg', () => {
    const pattern = [...mealsPerDay(3, 1), eventOf(7, item(50, 'not_counted', 'spirulina'))]
    const r = assessB12(person({ intakePattern: pattern }))
    expectNear(r.intakeUgPerDay, 3, 1e-9)
    expectNear(r.effectiveCoveragePct, 141, 1)
  })

  it('gives zero coverage, not adequate, for an empty week', () => {
    const r = assessB12(person({ intakePattern: [] }))
    expect(r.intakeUgPerDay).toBe(0)
    expect(r.intakeCoveragePct).toBe(0)
    expect(r.effectiveCoveragePct).toBe(0)
    expect(r.crystallineCoveragePct).toBe(0)
    expect(r.passiveRouteCoveragePct).toBe(0)
    expect(r.adequate).toBe(false)
  })

  it('ignores events on 0 days a week', () => {
    const r = assessB12(person({ intakePattern: [eventOf(0, item(500))] }))
    expect(r.intakeUgPerDay).toBe(0)
    expect(r.absorbedUgPerDay).toBe(0)
  })

  it('uses the pregnancy target (1.3 µg) and lactation target (1.4 µg)', () => {
    // 2 × 1.5 µg: 1.436 µg/day absorbed → 110 % of 1.3, 103 % of 1.4.
    const pattern = mealsPerDay(2, 1.5)
    expectNear(
      assessB12(person({ pregnant: true, intakePattern: pattern })).effectiveCoveragePct,
      110,
      1,
    )
    expectNear(
      assessB12(person({ lactating: true, intakePattern: pattern })).effectiveCoveragePct,
      103,
      1,
    )
  })
})

describe('metrics that are not applicable', () => {
  it.each([
    'pernicious_anaemia',
    'autoimmune_gastritis',
    'gastrectomy',
    'bariatric_surgery',
    'ileal_resection',
  ])('with %s the five adequacy fields are null but intake coverage is kept', (condition) => {
    const r = assessB12(person({ conditions: [condition] }))
    expect(r.absorbedUgPerDay).toBeNull()
    expect(r.effectiveCoveragePct).toBeNull()
    expect(r.crystallineCoveragePct).toBeNull()
    expect(r.passiveRouteCoveragePct).toBeNull()
    expect(r.adequate).toBeNull()
    expectNear(r.intakeCoveragePct, 125, 1)
    expectNear(r.intakeUgPerDay, 3, 0.01)
  })

  it.each([0, 0.33, 0.5, 0.99])('under 1 year (age %s) intake coverage is null too', (ageYears) => {
    const r = assessB12(person({ ageYears }))
    expect(r.intakeCoveragePct).toBeNull()
    expect(r.absorbedUgPerDay).toBeNull()
    expect(r.effectiveCoveragePct).toBeNull()
    expect(r.adequate).toBeNull()
    expectNear(r.intakeUgPerDay, 3, 0.01)
  })

  it('at exactly 1 year the metrics are computed (target 0.45 µg)', () => {
    // 1.697 µg absorbed / 0.45 = 377 %.
    const r = assessB12(person({ ageYears: 1 }))
    expectNear(r.effectiveCoveragePct, 377, 1)
    expectNear(r.intakeCoveragePct, 333, 1)
  })
})

describe('eventBreakdown and weeklyTotals (per-event numbers for charts)', () => {
  it('gives intake, absorbed and crystalline absorbed µg per occurrence of each event', () => {
    const events = [
      {
        slot: 'breakfast',
        daysPerWeek: 7,
        items: [item(1, 'food'), item(1), item(10, 'not_counted')],
      },
      { slot: 'weekly tablet', daysPerWeek: 1, items: [item(1000)] },
      { slot: 'snack', daysPerWeek: 3, items: [] },
    ]
    const [breakfast, tablet, snack] = eventBreakdown(events)
    // A(2) = 1.5·2/3.7 + 0.02 = 0.831; A(1) = 0.566.
    expect(breakfast!.slot).toBe('breakfast')
    expectNear(breakfast!.intakeUg, 2, 1e-9)
    expectNear(breakfast!.absorbedUg, 0.831, 0.01)
    expectNear(breakfast!.crystallineUg, 1, 1e-9)
    expectNear(breakfast!.crystallineAbsorbedUg, 0.566, 0.01)
    expect(breakfast!.notCountedItems).toBe(1)
    expectNear(tablet!.absorbedUg, 11.5, 0.01)
    expect(tablet!.daysPerWeek).toBe(1)
    expect(snack!.intakeUg).toBe(0)
    expect(snack!.absorbedUg).toBe(0)

    const totals = weeklyTotals(eventBreakdown(events))
    // (2 × 7 + 1000) / 7 = 144.86 µg/day; (0.831 × 7 + 11.5) / 7 = 2.474 µg/day.
    expectNear(totals.intakeUgPerDay, 144.86, 0.01)
    expectNear(totals.absorbedUgPerDay, 2.474, 0.01)
    expectNear(totals.crystallineUgPerDay, 143.86, 0.01)
    expect(totals.hasNotCounted).toBe(true)
  })

  it('agrees with assessB12', () => {
    const pattern = [eventOf(5, item(2, 'food'), item(3)), eventOf(2, item(25))]
    const input = person({ intakePattern: pattern })
    const totals = weeklyTotals(eventBreakdown(pattern))
    const r = assessB12(input)
    expect(r.absorbedUgPerDay).toBe(totals.absorbedUgPerDay)
    expect(r.intakeUgPerDay).toBe(totals.intakeUgPerDay)
  })

  it('returns an empty list for no events', () => {
    expect(eventBreakdown([])).toEqual([])
    expect(weeklyTotals([]).hasNotCounted).toBe(false)
  })
})
