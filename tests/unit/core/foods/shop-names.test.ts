import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  cleanFoodName,
  FORTIFIED_SUFFIX,
  handWrittenShopName,
  isFortifiedWithB12,
  SHOP_NAMES,
  shopName,
  type FoodRecord,
  type ShopWording,
} from '../../../../src/core/foods'
import { BOUGHT_FOOD_NAMES } from '../../../../src/core/foods/shop-name-table-bought'
import { buyingTableFromJson } from '../../../../src/core/shopping/buying-forms'
import { repoRoot, shippedCatalogue, shippedFood } from './catalogue-fixture'

const WORDINGS: readonly ShopWording[] = ['metric', 'us']

/** Words a shop name must never carry (the list), as whole words. */
const FORBIDDEN = [/\bcooked\b/i, /\braw\b/i, /\bNFS\b/, /\bmature seeds\b/i]
/** An all-caps word of two or more letters, the way USDA writes brands (SILK, KELLOGG'S). */
const CAPS_WORD = /\b(?:Mc)?[A-Z]{2,}(?:'S)?\b/

function starterFoodIds(): string[] {
  const file = JSON.parse(
    readFileSync(join(repoRoot, 'resources', 'recipes', 'starter-recipes.json'), 'utf8'),
  ) as { recipes: { ingredients: { foodId: string }[] }[] }
  return [...new Set(file.recipes.flatMap((r) => r.ingredients.map((i) => i.foodId)))].sort()
}

function curatedFoods(): FoodRecord[] {
  return shippedCatalogue().foods.filter((f) => f.id.startsWith('curated:'))
}

describe('hand-written shop names', () => {
  const starter = starterFoodIds()

  it('cover every food the starter recipes use (no fallback to the cleaner)', () => {
    expect(starter.length).toBeGreaterThan(150)
    const missing = starter.filter((id) => handWrittenShopName(id, 'metric') === null)
    expect(missing).toEqual([])
  })

  it('cover every food the list buys in place of a cooked one (buying-forms.json)', () => {
    const table = buyingTableFromJson(
      JSON.parse(readFileSync(join(repoRoot, 'resources', 'foods', 'buying-forms.json'), 'utf8')),
    )
    const bought = [...table.yields.values()].flatMap((y) => [
      y.buyId,
      ...y.with.map((w) => w.buyId),
    ])
    expect(bought.length).toBeGreaterThan(30)
    expect([...new Set(bought)].filter((id) => handWrittenShopName(id, 'metric') === null)).toEqual(
      [],
    )
  })

  it('cover every curated food; curated supplements keep their curated names', () => {
    const curated = curatedFoods()
    expect(curated.some((f) => f.kind === 'supplement')).toBe(true)
    for (const food of curated) {
      if (food.kind === 'supplement') expect(shopName(food, 'us')).toBe(food.name)
      else expect(handWrittenShopName(food.id, 'metric')).not.toBeNull()
    }
  })

  it('name each food once (the bought foods table does not repeat a recipe food)', () => {
    const recipeIds = new Set(starter)
    expect(Object.keys(BOUGHT_FOOD_NAMES).filter((id) => recipeIds.has(id))).toEqual([])
  })

  it('name only foods the catalogue holds', () => {
    const ids = new Set(shippedCatalogue().foods.map((f) => f.id as string))
    expect(Object.keys(SHOP_NAMES).filter((id) => !ids.has(id))).toEqual([])
  })

  it('never say "fortified" themselves: the B12 data decides', () => {
    const claims = Object.entries(SHOP_NAMES).filter(([, e]) =>
      /fortif/i.test(`${e.uk} ${e.us ?? ''}`),
    )
    expect(claims).toEqual([])
  })

  const used = [...new Set([...starter, ...curatedFoods().map((f) => f.id as string)])]
  it.each(WORDINGS)(
    '%s: no shop name says cooked, raw, NFS, mature seeds or an all-caps brand',
    (wording) => {
      const bad = used
        .map((id) => shopName(shippedFood(id), wording))
        .filter((name) => FORBIDDEN.some((re) => re.test(name)) || CAPS_WORD.test(name))
      expect(bad).toEqual([])
    },
  )

  it.each(WORDINGS)('%s: a name says fortified exactly when the food has added B12', (wording) => {
    for (const id of used) {
      const food = shippedFood(id)
      if (food.kind === 'supplement') continue
      expect(shopName(food, wording).endsWith(`, ${FORTIFIED_SUFFIX}`)).toBe(
        isFortifiedWithB12(food),
      )
    }
  })

  it.each([
    ['sr28:16235', 'Soya drink, fortified with B12', 'Soy milk, fortified with B12'],
    ['sr28:16273', 'Tofu, extra firm, fortified with B12', 'Tofu, extra firm, fortified with B12'],
    ['sr28:16359', 'Chickpeas, tinned', 'Chickpeas, canned'],
    ['sr28:11477', 'Courgettes', 'Zucchini'],
    ['sr28:20038', 'Porridge oats', 'Rolled oats'],
    [
      'sr28:08013',
      'Oat hoops cereal, fortified with B12',
      'Toasted oat cereal, fortified with B12',
    ],
    ['sr28:16252', 'Soya yoghurt, plain', 'Soy yogurt, plain'],
    [
      'curated:oat-drink-fortified',
      'Oat drink, fortified with B12',
      'Oat milk, fortified with B12',
    ],
    ['sr28:20037', 'Brown rice, long grain', 'Long-grain brown rice'],
  ])('%s → "%s" (metric), "%s" (US)', (id, metric, us) => {
    const food = shippedFood(id)
    expect(shopName(food, 'metric')).toBe(metric)
    expect(shopName(food, 'us')).toBe(us)
  })

  it('does not call an unfortified soy yoghurt fortified (the data has no B12 for it)', () => {
    const yoghurt = shippedFood('sr28:16252')
    expect(isFortifiedWithB12(yoghurt)).toBe(false)
    expect(shopName(yoghurt, 'metric')).not.toMatch(/fortified/)
  })

  it("keeps the person's own food names as they wrote them", () => {
    const own: FoodRecord = { ...shippedFood('sr28:16235'), id: 'custom:1' as FoodRecord['id'] }
    expect(shopName({ ...own, source: 'user', name: 'ALDI soya, fortified' }, 'metric')).toBe(
      'ALDI soya, fortified',
    )
  })
})

describe('cleanFoodName (the rest of the catalogue)', () => {
  it.each([
    [
      'Chickpeas (garbanzo beans, bengal gram), mature seeds, canned, drained, rinsed in tap water',
      'Chickpeas, tinned',
      'Chickpeas, canned',
    ],
    [
      'Squash, summer, zucchini, includes skin, raw',
      'Squash, summer, courgette',
      'Squash, summer, zucchini',
    ],
    ['Eggplant, cooked, no added fat', 'Aubergine', 'Eggplant'],
    ['SILK Chai, soymilk', 'Chai, soya drink', 'Chai, soy milk'],
    ['Nuts, almonds', 'Almonds', 'Almonds'],
    ['Fish, tuna, fresh, skipjack, raw', 'Tuna, skipjack', 'Tuna, skipjack'],
    ['Pepperoni, NFS', 'Pepperoni', 'Pepperoni'],
    [
      'Potato, french fries, NS as to fresh or frozen',
      'Potato, french fries',
      'Potato, french fries',
    ],
    ['Pinto beans, from canned, no added fat', 'Pinto beans, tinned', 'Pinto beans, canned'],
    ['Pretzels, soft, from frozen, NFS', 'Pretzels, soft, frozen', 'Pretzels, soft, frozen'],
    [
      'Beans, kidney, red, mature seeds, cooked, boiled, without salt',
      'Beans, kidney, red',
      'Beans, kidney, red',
    ],
    [
      'Beef, top sirloin, steak, separable lean and fat, trimmed to 0" fat, all grades, cooked, broiled',
      'Beef, top sirloin, steak',
      'Beef, top sirloin, steak',
    ],
    ["McDONALD'S, RANCH SNACK WRAP, Crispy", 'Crispy', 'Crispy'],
    ['ON THE BORDER, refried beans', 'Refried beans', 'Refried beans'],
    [
      'WORTHINGTON Prosage Roll, frozen, unprepared',
      'Prosage Roll, frozen',
      'Prosage Roll, frozen',
    ],
    ['Peas, green, frozen, unprepared', 'Peas, green, frozen', 'Peas, green, frozen'],
    [
      'Apricots, dried, sulfured, uncooked',
      'Apricots, dried, sulfured',
      'Apricots, dried, sulfured',
    ],
    [
      'Milk, reduced fat, fluid, 2% milkfat, with added vitamin A and vitamin D',
      'Milk, reduced fat, 2% milkfat',
      'Milk, reduced fat, 2% milkfat',
    ],
    [
      'Cereals, oats, regular and quick, not fortified, dry',
      'Cereals, oats, dry',
      'Cereals, oats, dry',
    ],
    [
      'Fish, salmon, chinook, smoked, (lox), regular',
      'Salmon, chinook, smoked, regular',
      'Salmon, chinook, smoked, regular',
    ],
    ['Nuts, NFS', 'Nuts', 'Nuts'],
  ])('%s → "%s" (metric), "%s" (US)', (name, metric, us) => {
    expect(cleanFoodName(name, 'metric')).toBe(metric)
    expect(cleanFoodName(name, 'us')).toBe(us)
  })

  it('leaves no forbidden word, bracket or all-caps brand in any catalogue name', () => {
    const bad: string[] = []
    for (const food of shippedCatalogue().foods) {
      if (food.kind === 'supplement') continue
      const name = cleanFoodName(food.name, 'metric')
      const caps = name.replace(/\b(DHA|ARA|UHT|BBQ)\b/g, '')
      if (FORBIDDEN.some((re) => re.test(name)) || CAPS_WORD.test(caps) || /[()]/.test(name))
        bad.push(`${food.name} → ${name}`)
    }
    expect(bad.slice(0, 20)).toEqual([])
  })

  it('is never empty', () => {
    expect(cleanFoodName('Raw', 'metric')).toBe('Raw')
    for (const food of shippedCatalogue().foods)
      expect(cleanFoodName(food.name, 'us').length).toBeGreaterThan(0)
  })
})
