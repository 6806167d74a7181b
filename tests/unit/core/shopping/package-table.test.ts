import { describe, expect, it } from 'vitest'
import packageJson from '../../../../resources/shopping/package-sizes.json'
import {
  foodShopQuantity,
  formatBuy,
  formatQuantity,
  leadOfName,
  packageTableFromJson,
  ruleFor,
} from '../../../../src/core/shopping'
import type { FoodRecord } from '../../../../src/core/foods/types'
import { grams } from '../../../../src/core/units'
import {
  BANANA,
  BREAD,
  CHICKPEAS_CANNED,
  EGG,
  makeFood,
  MY_SOY_DRINK,
  NUTRITIONAL_YEAST,
  OAT_DRINK,
  OATS,
  OLIVE_OIL,
  SOYMILK,
  SPINACH,
  TABLE,
  TOFU,
} from './fixtures'

describe('the shipped package table (resources/shopping/package-sizes.json)', () => {
  it('parses, says the sizes are typical, and has unique rule ids', () => {
    expect(TABLE.rules.length).toBeGreaterThanOrEqual(10)
    expect(TABLE.about).toMatch(/typical/i)
    expect(TABLE.supplementBottles.sizes).toEqual([30, 60, 100])
  })

  it.each([
    [SOYMILK, 'milk'],
    [OAT_DRINK, 'milk'],
    [EGG, 'eggs'],
    [BREAD, 'bread'],
    [CHICKPEAS_CANNED, 'canned-beans'],
    [TOFU, 'tofu'],
    [OATS, 'cereals'],
    [NUTRITIONAL_YEAST, 'nutritional-yeast'],
    [OLIVE_OIL, 'oil'],
    [
      makeFood(
        'curated:yeast-extract-fortified',
        'Yeast extract spread, fortified with vitamin B12 (Marmite-type)',
        'pantry',
        [],
      ),
      'yeast-extract',
    ],
    [
      makeFood('sr28:01077', 'Milk, whole, 3.25% milkfat, with added vitamin D', 'dairy', []),
      'milk',
    ],
    [
      makeFood('sr28:20044', 'Rice, white, long-grain, regular, raw, enriched', 'pantry', []),
      'rice',
    ],
  ] satisfies [FoodRecord, string][])('$0.name → rule %s', (food, id) => {
    expect(ruleFor(TABLE, food)?.id).toBe(id)
  })

  it.each([
    [BANANA],
    [SPINACH],
    [makeFood('sr28:11209', 'Eggplant, raw', 'produce', [])],
    [
      makeFood(
        'sr28:01092',
        'Milk, dry, nonfat, instant, with added vitamin A and vitamin D',
        'pantry',
        [],
      ),
    ],
    [makeFood('sr28:01124', 'Egg, white, raw, fresh', 'dairy', [])],
    [makeFood('sr28:20045', 'Rice, white, long-grain, regular, enriched, cooked', 'pantry', [])],
    [makeFood('fndds:1', 'Cheese sandwich, reduced fat cheese, on white bread', 'other', [])],
    [makeFood('sr28:2', 'Salad dressing, mayonnaise, soybean oil, without salt', 'pantry', [])],
    [
      makeFood(
        'sr28:3',
        'Potatoes, mashed, dehydrated, prepared from granules with milk',
        'pantry',
        [],
      ),
    ],
    [makeFood('fndds:4', 'Egg sandwich on bagel, with ham', 'other', [])],
    [makeFood('fndds:5', 'Peanut butter and jelly sandwich, NFS', 'other', [])],
  ] satisfies [FoodRecord][])('no rule for $0.name', (food) => {
    expect(ruleFor(TABLE, food)).toBeNull()
  })

  it.each([
    ['Bread, whole-wheat, commercially prepared', 'bread'],
    ['Beverages, almond milk, unsweetened, shelf stable', 'beverages, almond milk'],
    ['Nuts, almonds', 'nuts, almonds'],
    ['Oat drink (oat milk), fortified with vitamin B12', 'oat drink (oat milk)'],
    ['Cheese sandwich, on white bread', 'cheese sandwich'],
  ])('leadOfName(%j) = %j', (name, lead) => {
    expect(leadOfName(name)).toBe(lead)
  })

  it('matches a category-led USDA name: "Beverages, almond milk" → milk', () => {
    expect(ruleFor(TABLE, { name: 'Beverages, almond milk, unsweetened, shelf stable' })?.id).toBe(
      'milk',
    )
  })

  it('converts US sizes: 15 oz can = 425.24 g, half-gallon = 1892.7 ml', () => {
    const beans = TABLE.rules.find((r) => r.id === 'canned-beans')!
    expect(beans.packages.us[0]!.size).toBeCloseTo(425.242846875, 9)
    expect(beans.packages.us[0]!.label).toBe('15 oz')
    const milk = TABLE.rules.find((r) => r.id === 'milk')!
    expect(milk.packages.us.map((p) => p.label)).toEqual(['quart', 'half-gallon'])
    expect(milk.packages.us[1]!.size).toBeCloseTo(1892.705892, 6)
  })
})

describe('shop units per food', () => {
  it.each([
    [TOFU, 450, '450 g → 2 × 400 g blocks', '1 lb → 2 × 14 oz blocks'],
    [BREAD, 700, '700 g → 1 × 800 g loaf', '1.75 lb → 2 × 20 oz loaves'],
    [OATS, 120, '120 g → 1 × 500 g box', '5 oz → 1 × 18 oz box'],
    [NUTRITIONAL_YEAST, 60, '60 g → 1 × 125 g tub', '2.25 oz → 1 × 4.5 oz tub'],
    [CHICKPEAS_CANNED, 600, '3 cans', '3 cans'], // its own "1 can drained" = 254 g
    [BANANA, 600, '6 medium', '6 medium'], // produce by whole items: 1 medium = 118 g
    [SPINACH, 130, '130 g', '5 oz'], // no size portion, no package: weight rounded up
    [OLIVE_OIL, 216, '240 ml → 1 × 500 ml bottle', '8 fl oz → 1 × 16.9 fl oz bottle'], // 1 cup = 216 g
  ] satisfies [FoodRecord, number, string, string][])(
    '$0.name: %s g → %s | %s',
    (food, g, metric, us) => {
      const q = foodShopQuantity(food, grams(g), TABLE).quantity
      expect(formatQuantity(q, 'metric')).toBe(metric)
      expect(formatQuantity(q, 'us')).toBe(us)
    },
  )

  it('canned beans without a "1 can" portion use 400 g / 15 oz cans', () => {
    const beans = makeFood('custom:beans', 'Black beans, canned', 'pantry', [])
    expect(formatBuy(foodShopQuantity(beans, grams(500), TABLE).quantity, 'metric')).toBe(
      '2 × 400 g cans',
    )
    expect(formatBuy(foodShopQuantity(beans, grams(500), TABLE).quantity, 'us')).toBe(
      '2 × 15 oz cans',
    )
  })

  it('a milk without any volume portion stays in grams (no density is guessed)', () => {
    const r = foodShopQuantity(MY_SOY_DRINK, grams(1800), TABLE)
    // "My soy drink" matches the milk rule through "soy drink"
    expect(r.noVolumeMeasure).toBe(true)
    expect(r.quantity).toMatchObject({ measure: 'mass', amount: 1800, packs: null, density: null })
    expect(formatQuantity(r.quantity, 'metric')).toBe('1.8 kg')
  })

  it('a moved item keeps its own rule; produce counting follows the line aisle', () => {
    expect(foodShopQuantity(BANANA, grams(600), TABLE, 'other').quantity.measure).toBe('mass')
  })
})

describe('packageTableFromJson rejects a broken file with a clear message', () => {
  const valid = packageJson as unknown as { rules: Record<string, unknown>[] } & Record<
    string,
    unknown
  >
  const withRule = (patch: Record<string, unknown>) => ({
    ...valid,
    rules: [{ ...valid.rules[0], ...patch }],
  })

  it.each([
    ['not an object', null, /not an object/],
    ['rules missing', { ...valid, rules: undefined }, /rules must be a list/],
    [
      'bad unit',
      withRule({ packages: { metric: [{ amount: 1, unit: 'pint', noun: 'x', plural: 'xs' }] } }),
      /unit must be one of/,
    ],
    [
      'zero amount',
      withRule({ packages: { metric: [{ amount: 0, unit: 'g', noun: 'x', plural: 'xs' }] } }),
      /amount must be > 0/,
    ],
    [
      'mixed measures',
      withRule({
        packages: {
          metric: [{ amount: 1, unit: 'l', noun: 'x', plural: 'xs' }],
          us: [{ amount: 1, unit: 'lb', noun: 'x', plural: 'xs' }],
        },
      }),
      /one measure/,
    ],
    ['no match words', withRule({ match: [] }), /match needs at least one word/],
    ['duplicate ids', { ...valid, rules: [valid.rules[0], valid.rules[0]] }, /duplicate rule ids/],
    [
      'bad bottles',
      { ...valid, supplementBottles: { label: 'x', sizes: [30.5], noun: 'b', plural: 'bs' } },
      /whole numbers/,
    ],
  ])('%s', (_, json, message) => {
    expect(() => packageTableFromJson(json)).toThrow(message)
  })
})
