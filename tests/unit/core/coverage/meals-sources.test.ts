import { describe, expect, it } from 'vitest'
import { absorbedFromEvent } from '../../../../src/core/b12'
import { mealCoverage, mealSummary, sourceOf, sourcesSummary, topSources } from '../../../../src/core/coverage'
import { assessWeek, food, LIVER, SOYMILK, tablet } from './week-fixture'

describe('mealCoverage', () => {
  it('gives µg eaten and A(µg) absorbed per meal, all four slots in order', () => {
    const { week } = assessWeek([food(1, 'breakfast', SOYMILK, 240), tablet(1, 'breakfast'), food(1, 'dinner', SOYMILK, 240)])
    const day = mealCoverage(week.events, 1)
    expect(day.meals.map((m) => m.meal)).toEqual(['breakfast', 'lunch', 'dinner', 'snack'])
    const [breakfast, lunch, dinner] = day.meals
    expect(breakfast!.intakeUg).toBeCloseTo(25 + 2.04, 6)
    expect(breakfast!.supplementUg).toBeCloseTo(25, 6)
    expect(breakfast!.fortifiedUg).toBeCloseTo(2.04, 6)
    expect(breakfast!.absorbedUg).toBeCloseTo(absorbedFromEvent(27.04), 9)
    expect(lunch).toMatchObject({ intakeUg: 0, absorbedUg: 0 })
    expect(dinner!.absorbedUg).toBeCloseTo(absorbedFromEvent(2.04), 9)
    expect(day.saturationUg).toBe(1.5)
  })

  it('the sum of the meals equals the day of dailyCoverage (and only that day)', () => {
    const { week } = assessWeek([food(0, 'lunch', LIVER, 10), food(3, 'lunch', SOYMILK, 100)])
    expect(mealCoverage(week.events, 0).meals.reduce((s, m) => s + m.intakeUg, 0)).toBeCloseTo(5.93, 6)
    expect(mealCoverage(week.events, 2).meals.every((m) => m.intakeUg === 0)).toBe(true)
  })

  it('a usual-week event (no weekday) is on no one day', () => {
    const usual = [{ dayIndex: null, slot: 'breakfast' as const, daysPerWeek: 7, items: [{ name: 'Milk', ug: 1.3, form: 'food' as const, foodId: null, kind: 'food' as const }] }]
    expect(mealCoverage(usual, 0).meals.every((m) => m.intakeUg === 0)).toBe(true)
  })

  it.each([
    [[tablet(1, 'breakfast')], 'On Tuesday breakfast gives 25 µg but only about 1.7 µg of it is absorbed: one meal takes up little more than 1.5 µg.'],
    [[food(1, 'breakfast', SOYMILK, 240), food(1, 'dinner', SOYMILK, 240)], 'On Tuesday 2 meals give 4.1 µg, of which about 1.7 µg is absorbed; smaller amounts spread over meals are absorbed best.'],
    [[food(1, 'lunch', SOYMILK, 240)], 'On Tuesday one meal (lunch) gives 2.0 µg, of which about 0.8 µg is absorbed; smaller amounts spread over meals are absorbed best.'],
    [[], 'Nothing with B12 is planned on Tuesday.'],
  ])('summarises the day (%#)', (entries, sentence) => {
    const { week } = assessWeek(entries)
    expect(mealSummary(mealCoverage(week.events, 1), 'Tuesday')).toBe(sentence)
  })
})

describe('sources', () => {
  // The source comes from the item's form and its food's kind, never from its name.
  it.each([
    [{ name: 'Soy milk', ug: 1, form: 'crystalline' as const, foodId: null, kind: 'food' as const }, 'fortified'],
    [{ name: 'B12 tablet', ug: 25, form: 'crystalline' as const, foodId: null, kind: 'supplement' as const }, 'supplement'],
    [{ name: 'Porridge: B12 tablet', ug: 25, form: 'crystalline' as const, foodId: null, kind: 'supplement' as const }, 'supplement'],
    [{ name: 'B12 tablet', ug: 1, form: 'crystalline' as const, foodId: null, kind: 'food' as const }, 'fortified'],
    [{ name: 'Soy milk', ug: 0.2, form: 'food' as const, foodId: null, kind: 'food' as const }, 'animal'],
    [{ name: 'Spirulina', ug: 0, form: 'not_counted' as const, foodId: null, kind: 'food' as const }, null],
  ])('classifies %o as %s', (item, source) => {
    expect(sourceOf(item)).toBe(source)
  })

  it('ranks the week’s sources by µg with shares of the total', () => {
    const { week } = assessWeek([food(0, 'lunch', SOYMILK, 240), food(1, 'lunch', SOYMILK, 240), tablet(2, 'snack'), food(3, 'dinner', LIVER, 5)])
    const top = topSources([week.events], 2)
    expect(top).toHaveLength(2)
    expect(top[0]).toMatchObject({ source: 'supplement', ugPerWeek: 25 })
    expect(top[1]!.ugPerWeek).toBeCloseTo(2 * 2.04, 6)
    expect(top[1]!.source).toBe('fortified')
    const all = topSources([week.events], 10)
    expect(all.reduce((s, t) => s + t.sharePct, 0)).toBeCloseTo(100, 9)
    expect(sourcesSummary(top)).toMatch(/^Most B12 this week comes from Vitamin B12 tablet 25 µg \(cyanocobalamin\) \(supplement, 25 µg, \d+ %\), then Soymilk/)
  })
})
