import { describe, expect, it } from 'vitest'
import { assessB12, type EatingEvent } from '../../../../src/core/b12'
import { foodId } from '../../../../src/core/foods/types'
import {
  FREQUENCY_DAYS,
  USUAL_SOURCES,
  usualSourcesFor,
  usualWeekPattern,
  type UsualAnswer,
  type UsualSourceId,
  type UsualWeek,
} from '../../../../src/core/profiles/usual-week'
import {
  checkUsualWeek,
  SUPPLEMENT_UG_FIELD,
} from '../../../../src/core/profiles/validate-usual-week'
import { validatePerson } from '../../../../src/core/profiles/validate-person'
import { assessmentInputFor } from '../../../../src/core/profiles/to-assessment'
import { toEatingEvents } from '../../../../src/core/profiles/week-event'
import { makePerson } from '../../../fixtures/person'
import { shippedCatalogue } from '../../../fixtures/catalogue'

const foods = new Map(shippedCatalogue().foods.map((food) => [food.id as string, food]))
const lookup = { food: (id: string) => foods.get(id) }
const omnivore = makePerson({ diet: 'omnivore', ageYears: 40 })

const week = (answers: UsualAnswer[], supplementUg: number | null = null): UsualWeek => ({
  answers,
  supplementUg,
})
const daily = (
  source: UsualSourceId,
  slots: UsualAnswer['slots'] = ['breakfast'],
): UsualAnswer => ({ source, frequency: 'daily', slots })
const totalUg = (pattern: readonly EatingEvent[]): number =>
  pattern.reduce((sum, e) => sum + e.daysPerWeek * e.items.reduce((s, i) => s + i.ug, 0), 0) / 7

describe('usual week servings come from the shipped catalogue', () => {
  // µg per serving = catalogue µg per 100 g × grams / 100; the expected values are read off
  // resources/foods/catalogue.json (and ODS Table 2 where it gives the same serving).
  it.each([
    ['fortified_plant_milk', 'sr28:16139', 243, 2.0655, 'crystalline'],
    ['fortified_cereal', 'sr28:08020', 28, 1.4, 'crystalline'],
    ['fortified_nutritional_yeast', 'curated:nutritional-yeast-fortified', 5, 4, 'crystalline'],
    ['fortified_yeast_extract', 'curated:yeast-extract-fortified', 4, 0.96, 'crystalline'],
    ['dairy', 'sr28:01079', 244, 1.2932, 'food'],
    ['eggs', 'sr28:01123', 50, 0.445, 'food'],
    ['fish', 'sr28:15016', 85, 0.8925, 'food'],
    ['red_meat', 'sr28:23570', 85, 2.38, 'food'],
    ['poultry_pork', 'sr28:05064', 85, 0.289, 'food'],
  ] as const)('%s: %s, %i g → %f µg (%s)', (source, id, grams, ug, form) => {
    const entry = USUAL_SOURCES.find((s) => s.id === source)
    expect(entry?.foodId).toBe(foodId(id))
    expect(entry?.grams).toBe(grams)
    const { events: pattern, missing } = usualWeekPattern(omnivore, week([daily(source)]), lookup)
    expect(missing).toEqual([])
    expect(pattern).toHaveLength(1)
    expect(pattern[0]?.daysPerWeek).toBe(7)
    expect(pattern[0]?.items).toHaveLength(1)
    expect(pattern[0]?.items[0]?.form).toBe(form)
    expect(pattern[0]?.items[0]?.ug).toBeCloseTo(ug, 6)
  })

  it('the supplement counts the µg the person typed, as crystalline B12', () => {
    const { events: pattern } = usualWeekPattern(
      omnivore,
      week([daily('b12_supplement')], 250),
      lookup,
    )
    expect(pattern).toEqual([
      {
        dayIndex: null,
        slot: 'breakfast',
        daysPerWeek: 7,
        items: [
          {
            name: 'A B12 supplement',
            ug: 250,
            form: 'crystalline',
            foodId: null,
            kind: 'supplement',
          },
        ],
      },
    ])
  })
})

describe('frequencies count the lower end of each choice', () => {
  it.each([
    ['never', 0],
    ['1_2', 1],
    ['3_4', 3],
    ['5_6', 5],
    ['daily', 7],
  ] as const)('%s → %i days a week', (frequency, days) => {
    expect(FREQUENCY_DAYS[frequency]).toBe(days)
    const { events: pattern } = usualWeekPattern(
      omnivore,
      week([{ source: 'eggs', frequency, slots: ['breakfast'] }]),
      lookup,
    )
    expect(pattern.reduce((sum, e) => sum + e.daysPerWeek, 0)).toBe(days)
  })
})

describe('diet filtering', () => {
  it.each([
    [
      'vegan',
      [
        'fortified_plant_milk',
        'fortified_cereal',
        'fortified_nutritional_yeast',
        'fortified_yeast_extract',
        'b12_supplement',
      ],
    ],
    [
      'lacto_ovo_vegetarian',
      [
        'fortified_plant_milk',
        'fortified_cereal',
        'fortified_nutritional_yeast',
        'fortified_yeast_extract',
        'b12_supplement',
        'dairy',
        'eggs',
      ],
    ],
    [
      'pescatarian',
      [
        'fortified_plant_milk',
        'fortified_cereal',
        'fortified_nutritional_yeast',
        'fortified_yeast_extract',
        'b12_supplement',
        'dairy',
        'eggs',
        'fish',
      ],
    ],
    ['omnivore', USUAL_SOURCES.map((s) => s.id)],
  ] as const)('%s is asked about %j', (diet, ids) => {
    expect(usualSourcesFor(diet).map((s) => s.id)).toEqual(ids)
  })

  it('answers for sources the diet excludes are not counted (a vegan who once ate meat)', () => {
    const vegan = makePerson({ diet: 'vegan' })
    const { events: pattern } = usualWeekPattern(
      vegan,
      week([daily('red_meat', ['dinner']), daily('fortified_plant_milk')]),
      lookup,
    )
    expect(pattern.flatMap((e) => e.items.map((i) => i.name))).toEqual([
      'Fortified plant milk (soy, oat, almond…)',
    ])
  })
})

describe('grouping: what is had at the same meal is one event on the days it is had together', () => {
  it('daily milk and eggs twice a week at breakfast: 1 day with both, 6 with milk only', () => {
    const { events: pattern } = usualWeekPattern(
      omnivore,
      week([daily('dairy'), { source: 'eggs', frequency: '1_2', slots: ['breakfast'] }]),
      lookup,
    )
    expect(pattern.map((e) => [e.slot, e.daysPerWeek, e.items.map((i) => i.name)])).toEqual([
      ['breakfast', 6, ['Milk, yogurt or cheese']],
      ['breakfast', 1, ['Milk, yogurt or cheese', 'Eggs']],
    ])
  })

  it('a source at two meals counts at each, as separate events (separate absorption)', () => {
    const { events: pattern } = usualWeekPattern(
      omnivore,
      week([daily('fortified_plant_milk', ['breakfast', 'snack'])]),
      lookup,
    )
    expect(pattern.map((e) => [e.slot, e.daysPerWeek])).toEqual([
      ['breakfast', 7],
      ['snack', 7],
    ])
    expect(totalUg(pattern)).toBeCloseTo(2 * 2.0655, 6)
  })

  it('events keep meal order and carry no weekday, so charts spread them over the week', () => {
    const { events: pattern } = usualWeekPattern(
      omnivore,
      week([daily('fish', ['dinner']), daily('fortified_cereal', ['breakfast'])]),
      lookup,
    )
    expect(pattern.map((e) => e.slot)).toEqual(['breakfast', 'dinner'])
  })

  it('the mean intake per day equals Σ µg × days / 7', () => {
    const { events: pattern } = usualWeekPattern(
      omnivore,
      week([
        daily('dairy'),
        { source: 'eggs', frequency: '3_4', slots: ['breakfast'] },
        { source: 'red_meat', frequency: '1_2', slots: ['dinner'] },
      ]),
      lookup,
    )
    expect(totalUg(pattern)).toBeCloseTo((7 * 1.2932 + 3 * 0.445 + 1 * 2.38) / 7, 6)
  })
})

describe('the profile’s regular supplements and the supplement question do not double count', () => {
  const withTablet = makePerson({
    diet: 'vegan',
    supplements: [
      {
        id: 's1',
        foodId: foodId('curated:b12-tablet-250-cyanocobalamin'),
        units: 1,
        slot: 'breakfast',
        days: [0, 2, 4],
      },
    ],
  })

  it('a regular supplement joins the meal it is taken with, on its days', () => {
    const { events: pattern } = usualWeekPattern(
      withTablet,
      week([daily('fortified_plant_milk')]),
      lookup,
    )
    expect(pattern.map((e) => [e.slot, e.daysPerWeek, e.items.map((i) => i.ug)])).toEqual([
      ['breakfast', 4, [expect.closeTo(2.0655, 6)]],
      ['breakfast', 3, [2.0655, 250].map((n) => expect.closeTo(n, 6))],
    ])
  })

  it('with a regular supplement in the profile, the questionnaire’s supplement answer is ignored', () => {
    const { events: pattern } = usualWeekPattern(
      withTablet,
      week([daily('b12_supplement')], 1000),
      lookup,
    )
    expect(pattern.flatMap((e) => e.items.map((i) => i.ug))).toEqual([250])
  })

  it('a supplement answer without a dose adds nothing', () => {
    expect(
      usualWeekPattern(omnivore, week([daily('b12_supplement')], null), lookup).events,
    ).toEqual([])
  })
})

describe('edge cases', () => {
  it('all "never" is a known zero: [] (§6a.2: an empty list is "known: nothing eaten")', () => {
    const { events: pattern } = usualWeekPattern(
      omnivore,
      week(USUAL_SOURCES.map((s) => ({ source: s.id, frequency: 'never', slots: [] }))),
      lookup,
    )
    expect(pattern).toEqual([])
  })

  it('a catalogue row that is not available is reported, not counted as zero silently', () => {
    const { events: pattern, missing } = usualWeekPattern(omnivore, week([daily('eggs')]), {
      food: () => undefined,
    })
    expect(pattern).toEqual([])
    expect(missing).toEqual(['eggs'])
  })

  it('§6a.2 a usual week makes intake known: a 75-year-old omnivore drinking milk daily gets coverage figures', () => {
    const man = makePerson({ diet: 'omnivore', ageYears: 75, sex: 'M' })
    const { events: pattern } = usualWeekPattern(
      man,
      week([daily('dairy'), daily('red_meat', ['dinner'])]),
      lookup,
    )
    const result = assessB12(assessmentInputFor(man, toEatingEvents(pattern), '2026-12-05'))
    expect(result.intakeUgPerDay).toBeCloseTo(1.2932 + 2.38, 6)
    expect(result.effectiveCoveragePct).not.toBeNull()
  })
})

describe('usual-week items carry their food and its kind, so the charts can tell the supplement apart', () => {
  it.each([
    ['b12_supplement', null, 'supplement'],
    ['fortified_cereal', 'sr28:08020', 'food'],
    ['eggs', 'sr28:01123', 'food'],
  ] as const)('%s → food %s, kind %s, on no weekday', (source, id, kind) => {
    const { events } = usualWeekPattern(omnivore, week([daily(source)], 10), lookup)
    expect(events).toHaveLength(1)
    expect(events[0]?.dayIndex).toBeNull()
    expect(events[0]?.items).toEqual([expect.objectContaining({ foodId: id, kind })])
  })

  it("the profile's regular supplement keeps its catalogue row and is a supplement", () => {
    const withTablet = makePerson({
      supplements: [
        {
          id: 's1',
          foodId: foodId('curated:b12-tablet-250-cyanocobalamin'),
          units: 1,
          slot: 'lunch',
          days: [0, 2, 4],
        },
      ],
    })
    const { events } = usualWeekPattern(withTablet, week([]), lookup)
    expect(events).toEqual([
      {
        dayIndex: null,
        slot: 'lunch',
        daysPerWeek: 3,
        items: [
          expect.objectContaining({
            ug: 250,
            foodId: 'curated:b12-tablet-250-cyanocobalamin',
            kind: 'supplement',
          }),
        ],
      },
    ])
  })
})

describe('checking a usual week (forms, stored rows, backups)', () => {
  it.each([undefined, null, 'yes', 42, []])(
    '%j is "not described" (null), with no problem',
    (value) => {
      expect(checkUsualWeek(value)).toEqual({ value: null, problems: [] })
    },
  )

  it('unknown sources and repeats are dropped; unknown frequencies read as never', () => {
    const checked = checkUsualWeek({
      answers: [
        { source: 'caviar', frequency: 'daily', slots: ['dinner'] },
        daily('eggs'),
        daily('eggs', ['lunch']),
        { source: 'fish', frequency: 'hourly', slots: ['dinner'] },
      ],
    })
    expect(checked.value?.answers).toEqual([
      daily('eggs'),
      { source: 'fish', frequency: 'never', slots: [] },
    ])
    expect(checked.problems).toEqual([])
  })

  it('a source had on some days needs a meal', () => {
    const checked = checkUsualWeek({
      answers: [{ source: 'eggs', frequency: '3_4', slots: ['elevenses'] }],
    })
    expect(checked.problems).toEqual([
      { field: 'usualWeek.eggs.slots', message: 'Eggs: choose at least one meal it is had with.' },
    ])
  })

  it.each([
    [
      '',
      'Enter the µg of B12 in one tablet or spray, as its label gives it (for example 10, 250 or 1000).',
    ],
    [
      0,
      'The supplement’s B12 must be between 1 and 5000 µg per tablet or spray, as its label gives it.',
    ],
    [
      5001,
      'The supplement’s B12 must be between 1 and 5000 µg per tablet or spray, as its label gives it.',
    ],
    ['lots', 'The supplement’s B12 must be a number'],
  ])('supplement dose %j → "%s"', (dose, message) => {
    const checked = checkUsualWeek({ answers: [daily('b12_supplement')], supplementUg: dose })
    expect(checked.value?.supplementUg).toBeNull()
    expect(checked.problems).toHaveLength(1)
    expect(checked.problems[0]?.field).toBe(SUPPLEMENT_UG_FIELD)
    expect(checked.problems[0]?.message).toContain(message)
  })

  it.each([
    ['1', 1],
    ['2,5', 2.5],
    [5000, 5000],
  ])('supplement dose %j is read as %f µg (decimal comma accepted)', (dose, ug) => {
    expect(checkUsualWeek({ answers: [daily('b12_supplement')], supplementUg: dose })).toEqual({
      value: { answers: [daily('b12_supplement')], supplementUg: ug },
      problems: [],
    })
  })

  it('no dose is kept when the supplement is "never"', () => {
    expect(
      checkUsualWeek({
        answers: [{ source: 'b12_supplement', frequency: 'never', slots: ['breakfast'] }],
        supplementUg: 500,
      }).value,
    ).toEqual({
      answers: [{ source: 'b12_supplement', frequency: 'never', slots: [] }],
      supplementUg: null,
    })
  })

  it('validatePerson loads an older row without the field as usualWeek: null, and keeps a described one', () => {
    const { usualWeek: _omit, ...old } = makePerson()
    const loaded = validatePerson(old, '2026-12-05', '2026-12-05T10:00:00.000Z')
    expect(loaded.ok && loaded.person.usualWeek).toBeNull()
    const described = validatePerson(
      makePerson({ usualWeek: week([daily('eggs')]) }),
      '2026-12-05',
      '2026-12-05T10:00:00.000Z',
    )
    expect(described.ok && described.person.usualWeek).toEqual(week([daily('eggs')]))
  })

  it('validatePerson reports a usual-week problem under its field', () => {
    const result = validatePerson(
      makePerson({ usualWeek: week([{ source: 'eggs', frequency: 'daily', slots: [] }]) }),
      '2026-12-05',
      '2026-12-05T10:00:00.000Z',
    )
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['usualWeek.eggs.slots'])
  })
})
