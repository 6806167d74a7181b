import { describe, expect, it } from 'vitest'
import {
  buildShoppingList,
  coveredTitle,
  dayRuns,
  periodNotes,
  planPeriod,
  toMarkdown,
  toPlainText,
  toPrintModel,
  weeksRange,
} from '../../../../src/core/shopping'
import { grams } from '../../../../src/core/units'
import { ALEX, EGG, FOODS, foodItem, makeEntry, OATS, SAM, TABLE } from './fixtures'

/** 4 weeks from Monday 3 March 2025; only the first week is planned (Alex's eggs every day). */
const FOUR_WEEKS = weeksRange('2025-03-03', 4)
const WEEK_ONE = Array.from({ length: 7 }, (_, i) =>
  makeEntry('alex', `2025-03-0${3 + i}`, foodItem(EGG, 100)),
)

describe('planPeriod', () => {
  it('groups consecutive days into runs', () => {
    expect(dayRuns(['2025-03-01', '2025-03-02', '2025-03-04', '2025-02-28'].sort())).toEqual([
      { from: '2025-02-28', to: '2025-03-02' },
      { from: '2025-03-04', to: '2025-03-04' },
    ])
  })

  it('says which weeks of a 4-week period have nothing planned, and covers only the first', () => {
    const { coverage, extra } = planPeriod(WEEK_ONE, FOUR_WEEKS, null, false)
    expect(coverage.covered).toEqual([{ from: '2025-03-03', to: '2025-03-09' }])
    expect(coverage.missing).toEqual([{ from: '2025-03-10', to: '2025-03-30' }])
    expect(coverage.repeated).toEqual([])
    expect(extra).toEqual([])
    expect(periodNotes(coverage)).toEqual([
      'Nothing is planned for 10 to 30 March 2025, so this list covers 3 to 9 March 2025 only.',
    ])
    expect(coveredTitle(coverage)).toBe('3 to 9 March 2025')
  })

  it('counts only the chosen people: a day planned for someone else is unplanned', () => {
    const entries = [
      makeEntry('alex', '2025-03-03', foodItem(EGG, 100)),
      makeEntry('sam', '2025-03-04', foodItem(EGG, 100)),
    ]
    const range = { from: '2025-03-03', to: '2025-03-05' }
    const { coverage } = planPeriod(entries, range, [ALEX], false)
    expect(coverage.covered).toEqual([{ from: '2025-03-03', to: '2025-03-03' }])
    expect(periodNotes(coverage)).toEqual([
      'Nothing is planned for 4 to 5 March 2025, so this list covers 3 March 2025 only.',
    ])
    expect(planPeriod(entries, range, [ALEX, SAM], false).coverage.missing).toEqual([
      { from: '2025-03-05', to: '2025-03-05' },
    ])
  })

  it('says nothing when every day is planned, or when nothing is planned at all', () => {
    expect(
      periodNotes(planPeriod(WEEK_ONE, weeksRange('2025-03-03', 1), null, false).coverage),
    ).toEqual([])
    expect(periodNotes(planPeriod([], FOUR_WEEKS, null, true).coverage)).toEqual([])
  })

  it('with the repeat option, counts each unplanned day from the planned day on its weekday', () => {
    const { coverage, extra } = planPeriod(WEEK_ONE, FOUR_WEEKS, null, true)
    expect(coverage.missing).toEqual([])
    expect(coverage.covered).toEqual([FOUR_WEEKS])
    expect(coverage.repeated).toHaveLength(21)
    expect(coverage.repeated[0]).toEqual({ date: '2025-03-10', from: '2025-03-03' })
    expect(coverage.repeated.at(-1)).toEqual({ date: '2025-03-30', from: '2025-03-09' })
    expect(extra).toHaveLength(21)
    expect(new Set(extra.map((e) => e.id)).size).toBe(21)
    expect(periodNotes(coverage)).toEqual([
      'Nothing is planned for 10 to 30 March 2025: this list counts the meals planned for 3 to 9 March 2025 again on the same weekdays.',
    ])
  })

  it('leaves a weekday with no planned day anywhere in the period missing, even when repeating', () => {
    const weekdays = WEEK_ONE.slice(0, 5) // Monday to Friday
    const { coverage } = planPeriod(weekdays, weeksRange('2025-03-03', 2), null, true)
    expect(coverage.missing).toEqual([
      { from: '2025-03-08', to: '2025-03-09' },
      { from: '2025-03-15', to: '2025-03-16' },
    ])
    expect(periodNotes(coverage)[1]).toBe(
      'Nothing is planned for 8 to 9 March 2025 and 15 to 16 March 2025, so this list covers 3 to 7 March 2025 and 10 to 14 March 2025 only.',
    )
  })
})

describe('buildShoppingList over a partly planned period', () => {
  const input = {
    entries: [...WEEK_ONE, makeEntry('alex', '2025-03-04', foodItem(OATS, grams(40)))],
    recipes: [],
    foods: FOODS,
    range: FOUR_WEEKS,
    packages: TABLE,
  }

  it('lists the planned week only, and says so in the exports and the print model', () => {
    const list = buildShoppingList(input)
    expect(list.lines.find((l) => l.foodId === EGG.id)?.grams).toBe(700)
    const note =
      'Nothing is planned for 10 to 30 March 2025, so this list covers 3 to 9 March 2025 only.'
    expect(toMarkdown(list, { system: 'metric' })).toMatch(
      new RegExp(`^# Shopping list 2025-03-03 to 2025-03-09\n\n${note}\n\n## `),
    )
    expect(toPlainText(list, { system: 'metric' })).toMatch(
      new RegExp(`^Shopping list 2025-03-03 to 2025-03-09\n\n${note}\n\n`),
    )
    const model = toPrintModel(list, { system: 'metric' })
    expect(model.title).toBe('Shopping list 2025-03-03 to 2025-03-09')
    expect(model.subtitle.startsWith('2025-03-03 to 2025-03-09 · ')).toBe(true)
    expect(model.periodNotes).toEqual([note])
  })

  it('with repeatPlannedDays, counts the planned week four times and says so', () => {
    const list = buildShoppingList({ ...input, repeatPlannedDays: true })
    expect(list.lines.find((l) => l.foodId === EGG.id)?.grams).toBe(2800)
    expect(list.lines.find((l) => l.foodId === OATS.id)?.grams).toBe(160)
    const md = toMarkdown(list, { system: 'metric' })
    expect(md.startsWith('# Shopping list 2025-03-03 to 2025-03-30\n\n')).toBe(true)
    expect(md).toContain('this list counts the meals planned for 3 to 9 March 2025 again')
  })
})
