import { describe, expect, it } from 'vitest'
import buyingJson from '../../../../resources/foods/buying-forms.json'
import { foodId, type FoodRecord } from '../../../../src/core/foods/types'
import {
  buyingConverter,
  buyingKind,
  buyingTableFromJson,
  NO_BUYING_FORMS,
  preparedState,
} from '../../../../src/core/shopping'
import { shippedCatalogue } from '../../../fixtures/catalogue'
import { TABLE } from './fixtures'

const BUYING = buyingTableFromJson(buyingJson)
const CATALOGUE = new Map<string, FoodRecord>(shippedCatalogue().foods.map((f) => [f.id, f]))
const food = (id: string): FoodRecord => {
  const f = CATALOGUE.get(id)
  if (!f) throw new Error(`${id} is not in the catalogue`)
  return f
}
const portion = (f: FoodRecord, label: string): number => {
  const p = f.portions.find((x) => x.label === label)
  if (!p) throw new Error(`${f.id} has no portion ${label}`)
  return p.grams
}

describe('cooking yields (resources/foods/buying-forms.json), each from the catalogue', () => {
  const yields = [...BUYING.yields.values()]

  it('covers the cooked grains, pulses, potatoes, meat, fish and eggs of the starter recipes', () => {
    expect(yields.length).toBeGreaterThanOrEqual(40)
    expect(BUYING.yields.get(foodId('sr28:20037'))?.buyId).toBe('sr28:20036') // brown rice
    expect(BUYING.yields.get(foodId('sr28:16070'))?.buyId).toBe('sr28:16069') // lentils
    expect(BUYING.yields.get(foodId('sr28:11674'))?.buyId).toBe('sr28:11352') // baked potato
    expect(BUYING.yields.get(foodId('sr28:11212'))?.buyId).toBe('sr28:11211') // edamame
  })

  it.each(
    yields
      .filter((y) => y.basis === 'energy' || y.basis === 'protein')
      .map((y) => [y.foodId, y.buyId, y] as const),
  )('%s is bought as %s by mass balance', (used, bought, y) => {
    const per100g = (id: string) =>
      y.basis === 'energy' ? food(id).per100g.energyKcal : food(id).per100g.proteinG
    const ratio = (per100g(used) ?? Number.NaN) / (per100g(bought) ?? Number.NaN)
    const expected = y.atLeastOne ? Math.max(1, ratio) : ratio
    expect(y.factor).toBeCloseTo(expected, 4)
    // The citation names both SR28 rows and the figures it divides.
    expect(y.source).toContain(`SR28 ${used.slice(5)}`)
    expect(y.source).toContain(`SR28 ${bought.slice(5)}`)
    // Cooked in, raw or dry out (the bought food is never itself a cooked food).
    expect(preparedState(food(used).name)).not.toBeNull()
    expect(buyingKind(BUYING, CATALOGUE, food(bought))).toBe('as sold')
  })

  it.each([
    ['sr28:20037', 123 / 367], // rice, brown, long-grain: 0.335 g dry per g cooked
    ['sr28:16070', 116 / 352], // lentils
    ['sr28:05064', 31.02 / 22.5], // chicken breast: 1.38 g raw per g roasted
    ['sr28:10862', 33.92 / 12.62], // bacon shrinks to about a third
  ])('%s has the factor %f', (id, factor) => {
    expect(BUYING.yields.get(foodId(id))?.factor).toBeCloseTo(factor, 4)
  })

  it('rice pudding made from a mix is bought as the mix and whole milk, both balances kept', () => {
    const y = BUYING.yields.get(foodId('sr28:19195'))
    expect(y?.basis).toBe('energy and protein')
    const [mix, milk, pudding] = ['sr28:19194', 'sr28:01077', 'sr28:19195'].map(food)
    const a = y?.factor ?? Number.NaN
    const b = y?.with.find((p) => p.buyId === 'sr28:01077')?.factor ?? Number.NaN
    const kcal = (f: FoodRecord | undefined) => f?.per100g.energyKcal ?? Number.NaN
    const protein = (f: FoodRecord | undefined) => f?.per100g.proteinG ?? Number.NaN
    expect(a * kcal(mix) + b * kcal(milk)).toBeCloseTo(kcal(pudding), 1)
    expect(a * protein(mix) + b * protein(milk)).toBeCloseTo(protein(pudding), 2)
  })

  it.each(yields.filter((y) => y.basis === 'count').map((y) => [y.foodId, y.buyId, y] as const))(
    '%s is bought as %s one item for one item, by their USDA portions',
    (used, bought, y) => {
      const labels = [...y.source.matchAll(/portion '([^']+)'/g)].map((m) => m[1] ?? '')
      expect(labels).toHaveLength(2)
      const ratio = portion(food(bought), labels[1] ?? '') / portion(food(used), labels[0] ?? '')
      expect(y.factor).toBeCloseTo(ratio, 4)
    },
  )

  it('names shop hints only for catalogue foods and rules that exist', () => {
    for (const [id, hint] of BUYING.shop) {
      expect(CATALOGUE.has(id), id).toBe(true)
      if (hint.kind === 'rule') expect(TABLE.rules.map((r) => r.id)).toContain(hint.ruleId)
    }
  })
})

describe('buyingTableFromJson', () => {
  const one = {
    food: 'sr28:1',
    buy: 'sr28:2',
    by: 'energy',
    factor: 0.5,
    source: 'SR28 1 / SR28 2',
  }
  it.each([
    [{ yields: 'x' }, /yields must be a list/],
    [{ yields: [{ ...one, factor: 0 }] }, /factor must be > 0/],
    [{ yields: [{ ...one, source: '' }] }, /source/],
    [{ yields: [{ ...one, by: 'taste' }] }, /by must be one of/],
    [{ yields: [one, one] }, /listed twice/],
    [{ yields: [one, { ...one, food: 'sr28:2', buy: 'sr28:3' }] }, /has a yield of its own/],
    [{ yields: [{ ...one, atLeastOne: true }] }, /atLeastOne/],
    [{ yields: [], shop: { 'sr28:1': {} } }, /give rule, count/],
    [{ yields: [], asSold: { 'sr28:1': '' } }, /give the reason/],
    [{ yields: [{ ...one, with: [{ buy: 'sr28:3', factor: -1 }] }] }, /with\[0\]/],
  ])('rejects %j', (json, message) => {
    expect(() => buyingTableFromJson(json)).toThrow(message)
  })

  it('reads count hints with the word the list says', () => {
    const t = buyingTableFromJson({ yields: [], shop: { a: { count: ['Head'], say: 'head' } } })
    expect(t.shop.get('a')).toEqual({ kind: 'count', words: ['head'], say: 'head' })
  })
})

describe('buyingConverter', () => {
  it('turns cooked grams into bought grams, exactly', () => {
    const convert = buyingConverter(BUYING, CATALOGUE)
    const y = BUYING.yields.get(foodId('sr28:20037'))
    expect(convert(foodId('sr28:20037'), 300)).toEqual([
      { foodId: 'sr28:20036', grams: 300 * (y?.factor ?? Number.NaN) },
    ])
    const pudding = BUYING.yields.get(foodId('sr28:19195'))
    expect(convert(foodId('sr28:19195'), 100).map((p) => p.foodId)).toEqual([
      'sr28:19194',
      'sr28:01077',
    ])
    expect(convert(foodId('sr28:19195'), 100)[1]?.grams).toBeCloseTo(
      100 * (pudding?.with[0]?.factor ?? Number.NaN),
      9,
    )
  })

  it('keeps a food as it is without a yield, or when the bought food is unknown', () => {
    expect(buyingConverter(BUYING, CATALOGUE)(foodId('sr28:20120'), 90)).toEqual([
      { foodId: 'sr28:20120', grams: 90 },
    ])
    const withoutRaw = new Map([['sr28:20037', food('sr28:20037')]])
    expect(buyingConverter(BUYING, withoutRaw)(foodId('sr28:20037'), 300)).toEqual([
      { foodId: 'sr28:20037', grams: 300 },
    ])
    expect(buyingConverter(NO_BUYING_FORMS, CATALOGUE)(foodId('sr28:20037'), 300)).toEqual([
      { foodId: 'sr28:20037', grams: 300 },
    ])
  })
})

describe('preparedState and buyingKind', () => {
  it.each([
    ['Rice, brown, long-grain, cooked', 'as cooked'],
    ['Peas, green, frozen, cooked, boiled, drained, without salt', 'as cooked'],
    ['Fish, cod, Atlantic, cooked, dry heat', 'as cooked'],
    ['Edamame, frozen, prepared', 'as prepared'],
    ['Puddings, rice, dry mix, prepared with whole milk', 'as prepared'],
    ['Rice, brown, long-grain, raw', null],
    ['Bread, whole-wheat, commercially prepared', null],
    ['Tofu, firm, prepared with calcium sulfate and magnesium chloride (nigari)', null],
    ['Seeds, sunflower seed kernels, dry roasted, without salt', null],
    ['Nuts, almonds, dry roasted, without salt added', null],
  ])('%s → %s', (name, state) => {
    expect(preparedState(name)).toBe(state)
  })

  it.each([
    ['sr28:20037', 'converted'],
    ['sr28:20036', 'as sold'], // the bought food itself
    ['sr28:20009', 'as sold'], // "Buckwheat groats, roasted, dry" is what is bought
    ['sr28:15151', 'as sold'], // cooked prawns are sold cooked
    ['sr28:11313', 'as cooked'], // frozen peas, boiled: no conversion in the table
    ['sr28:19195', 'converted'], // rice pudding: the mix and whole milk
    ['sr28:19194', 'as sold'], // the mix itself
    ['sr28:06413', 'as prepared'], // canned broth prepared with water: no conversion known
  ])('%s is %s', (id, kind) => {
    expect(buyingKind(BUYING, CATALOGUE, food(id))).toBe(kind)
  })
})
