import { describe, expect, it } from 'vitest'
import type { Diet } from '../../../../src/core/foods/types'
import type { Infeasibility, InfeasibilityCode } from '../../../../src/core/planning/infeasibility'
import { shortfallText } from '../../../../src/core/planning/shortfall-text'
import { groupShortfalls } from '../../../../src/core/planning/shortfalls'
import { profileId, type MealSlot } from '../../../../src/core/planning/types'
import { weekDates } from '../../../../src/core/planning/week-context'

const WEEK = weekDates('2026-11-16') // Monday 16 … Sunday 22 November 2026
const [MON, TUE, WED, THU, FRI] = WEEK as [string, string, string, string, string]
const ana = profileId('ana')
const ben = profileId('ben')

const UNIT: Record<InfeasibilityCode, Infeasibility['unit']> = {
  B12_ABSORBED_SHORT: 'µg',
  B12_CRYSTALLINE_SHORT: 'µg',
  ENERGY_LOW: 'kcal',
  ENERGY_HIGH: 'kcal',
  PROTEIN_LOW: 'g',
  NO_RECIPES: 'meals',
}

function miss(
  code: InfeasibilityCode,
  date: string,
  achieved: number,
  target: number,
  extra: { profileId?: ReturnType<typeof profileId>; diet?: Diet; slot?: MealSlot } = {},
): Infeasibility {
  return {
    code,
    profileId: extra.profileId ?? ana,
    date,
    achieved,
    target,
    unit: UNIT[code],
    diet: extra.diet ?? 'vegan',
    ...(extra.slot ? { slot: extra.slot } : {}),
  }
}

const energyOn = (dates: readonly string[], values: readonly number[], diet: Diet = 'vegan') =>
  dates.map((d, i) => miss('ENERGY_LOW', d, values[i]!, 1800, { diet }))

const NAMES = new Map([
  [ana, 'Ana'],
  [ben, 'Ben'],
])
const texts = (misses: readonly Infeasibility[]): string[] =>
  groupShortfalls(misses).map((s) => shortfallText(s, NAMES.get(s.profileId)!))

describe('groupShortfalls: each shortfall once per cause', () => {
  it('energy short on all 7 days → exactly one entry, naming "every day"', () => {
    const grouped = groupShortfalls(energyOn(WEEK, [1500, 1450, 1600, 1500, 1550, 1500, 1480]))
    expect(grouped).toHaveLength(1)
    expect(grouped[0]).toMatchObject({
      profileId: ana,
      code: 'ENERGY_LOW',
      dates: WEEK,
      everyDay: true,
      achieved: { min: 1450, max: 1600 },
      target: 1800,
      unit: 'kcal',
    })
    expect(texts(energyOn(WEEK, [1500, 1450, 1600, 1500, 1550, 1500, 1480]))).toEqual([
      'Every day, the vegan recipes in the library could not give Ana enough energy: the target is at least 1,800 kcal a day; the planned meals give 1,450–1,600 kcal. Adding recipes, or larger servings by hand, may help.',
    ])
  })

  it('energy short on 3 days (given out of order) → one entry naming the three days in order', () => {
    const misses = energyOn([FRI, TUE, WED], [1600, 1450, 1500])
    const grouped = groupShortfalls(misses)
    expect(grouped).toHaveLength(1)
    expect(grouped[0]).toMatchObject({ dates: [TUE, WED, FRI], everyDay: false })
    expect(texts(misses)[0]).toMatch(
      /^On Tuesday, Wednesday and Friday, the vegan recipes in the library could not give Ana enough energy: the target is at least 1,800 kcal a day; the planned meals give 1,450–1,600 kcal\./,
    )
  })

  it('one day: one day named and one value, not a range', () => {
    expect(texts(energyOn([THU], [1450.4]))[0]).toMatch(
      /^On Thursday, .* the planned meals give 1,450 kcal\./,
    )
  })

  it('two people → one entry each, in the order they first appear', () => {
    const misses = [
      ...WEEK.flatMap((d) => [
        miss('PROTEIN_LOW', d, 40, 52, { profileId: ben, diet: 'omnivore' }),
        miss('PROTEIN_LOW', d, 44, 50),
      ]),
    ]
    const grouped = groupShortfalls(misses)
    expect(grouped.map((s) => [s.profileId, s.code, s.dates.length])).toEqual([
      [ben, 'PROTEIN_LOW', 7],
      [ana, 'PROTEIN_LOW', 7],
    ])
    expect(texts(misses)).toEqual([
      'Every day, the recipes in the library could not give Ben enough protein: the target is at least 52 g a day; the planned meals give 40 g. Adding recipes with more protein may help.',
      'Every day, the vegan recipes in the library could not give Ana enough protein: the target is at least 50 g a day; the planned meals give 44 g. Adding recipes with more protein may help.',
    ])
  })

  it('different kinds are different causes; B12 comes first, then energy and protein', () => {
    const misses = [
      miss('PROTEIN_LOW', MON, 40, 50),
      miss('ENERGY_LOW', MON, 1500, 1800),
      miss('B12_CRYSTALLINE_SHORT', MON, 0.1, 0.6),
      miss('B12_ABSORBED_SHORT', MON, 0.4, 1.2),
      miss('ENERGY_LOW', TUE, 1550, 1800),
    ]
    expect(groupShortfalls(misses).map((s) => [s.code, s.dates])).toEqual([
      ['B12_ABSORBED_SHORT', [MON]],
      ['B12_CRYSTALLINE_SHORT', [MON]],
      ['ENERGY_LOW', [MON, TUE]],
      ['PROTEIN_LOW', [MON]],
    ])
  })

  it('meals with no recipe are grouped per meal: breakfast on two days and dinner once → two entries', () => {
    const misses = [
      miss('NO_RECIPES', MON, 0, 1, { slot: 'dinner', diet: 'pescatarian' }),
      miss('NO_RECIPES', TUE, 0, 1, { slot: 'breakfast', diet: 'pescatarian' }),
      miss('NO_RECIPES', MON, 0, 1, { slot: 'breakfast', diet: 'pescatarian' }),
    ]
    expect(groupShortfalls(misses).map((s) => [s.slot, s.dates])).toEqual([
      ['breakfast', [MON, TUE]],
      ['dinner', [MON]],
    ])
    expect(texts(misses)[0]).toBe(
      "On Monday and Tuesday, no pescatarian recipe in the library fits Ana's breakfast (diet, allergies or the weekly limit on repeats leave none), so that meal is left empty. Adding recipes may help.",
    )
  })

  it('energy above the band: the strictest upper edge is the target', () => {
    const misses = [
      miss('ENERGY_HIGH', MON, 2700, 2640, { diet: 'omnivore' }),
      miss('ENERGY_HIGH', WED, 2810, 2600, { diet: 'omnivore' }),
    ]
    expect(groupShortfalls(misses)[0]).toMatchObject({ target: 2600 })
    expect(texts(misses)[0]).toBe(
      "On Monday and Wednesday, the recipes in the library could not keep Ana's meals within the energy target: the target is at most 2,600 kcal a day; the planned meals give 2,700–2,810 kcal. Adding lighter recipes may help.",
    )
  })

  it('no misses → no shortfalls', () => {
    expect(groupShortfalls([])).toEqual([])
  })
})

describe('shortfallText: the recipes searched are named by diet', () => {
  it.each([
    ['vegan', 'the vegan recipes in the library'],
    ['lacto_ovo_vegetarian', 'the vegetarian recipes in the library'],
    ['pescatarian', 'the pescatarian recipes in the library'],
    ['omnivore', 'Every day, the recipes in the library'],
  ] as const)('%s → "%s"', (diet, words) => {
    const [text] = texts(energyOn(WEEK, [1500, 1500, 1500, 1500, 1500, 1500, 1500], diet))
    expect(text).toContain(words)
    expect(text).not.toMatch(/available/)
  })
})

describe('B12 shortfalls point to the person’s Advice and name no dose (§6a.6)', () => {
  const misses = WEEK.flatMap((d, i) => [
    miss('B12_ABSORBED_SHORT', d, i === 0 ? 0 : 0.4, 1.2),
    miss('B12_CRYSTALLINE_SHORT', d, 0.1, 0.6, { diet: 'vegan' }),
    miss('ENERGY_LOW', d, 1500, 1800),
  ])

  it('§6a.6 B12 kinds carry adviceFor and the sources of the target; energy does not', () => {
    const grouped = groupShortfalls(misses)
    expect(grouped.map((s) => [s.code, s.adviceFor])).toEqual([
      ['B12_ABSORBED_SHORT', ana],
      ['B12_CRYSTALLINE_SHORT', ana],
      ['ENERGY_LOW', undefined],
    ])
    expect(grouped[0]!.sources.map((c) => c.tag)).toEqual(['IOM', 'ODS'])
    expect(grouped[1]!.sources.map((c) => c.tag)).toEqual(['IOM', 'ODS'])
    expect(grouped[2]!.sources).toEqual([])
  })

  it('§6a.6 the sentences give targets and estimates, never a dose', () => {
    const [absorbed, crystalline] = texts(misses)
    expect(absorbed).toBe(
      'Every day, the vegan recipes in the library could not give Ana enough B12: the target is 1.2 µg absorbed a day; the planned meals give an estimated 0.0–0.4 µg. What can close this gap depends on the person.',
    )
    expect(crystalline).toBe(
      'Every day, the vegan recipes in the library could not give Ana enough B12 from fortified foods or supplements: the target is 0.6 µg absorbed a day from them; the planned meals give an estimated 0.1 µg. What can close this gap depends on the person.',
    )
    for (const text of texts(misses))
      expect(text).not.toMatch(/tablet|take |\d\s*µg\s+(a day|daily|once|a week)/)
  })
})
