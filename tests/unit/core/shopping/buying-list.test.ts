import { describe, expect, it } from 'vitest'
import buyingJson from '../../../../resources/foods/buying-forms.json'
import type { FoodRecord } from '../../../../src/core/foods/types'
import { mulberry32 } from '../../../../src/core/planning/prng'
import type { PlanEntry, Recipe } from '../../../../src/core/planning/types'
import {
  buildShoppingList,
  buyingCoverage,
  buyingTableFromJson,
  formatLineQuantity,
  lineNoteTexts,
  packedAmount,
  type ShoppingLine,
  type UnitSystem,
} from '../../../../src/core/shopping'
import { shippedCatalogue, starterRecipesJson } from '../../../fixtures/catalogue'
import { makeEntry, makeRecipe, recipeItem, TABLE, foodItem } from './fixtures'

const BUYING = buyingTableFromJson(buyingJson)
const CATALOGUE = new Map<string, FoodRecord>(shippedCatalogue().foods.map((f) => [f.id, f]))
const food = (id: string): FoodRecord => {
  const f = CATALOGUE.get(id)
  if (!f) throw new Error(`${id} is not in the catalogue`)
  return f
}
const RANGE = { from: '2026-01-05', to: '2026-01-18' }

function listOf(entries: PlanEntry[], recipes: Recipe[], buying = BUYING) {
  return buildShoppingList({
    entries,
    recipes,
    foods: CATALOGUE,
    range: RANGE,
    packages: TABLE,
    buying,
  })
}
const lineFor = (lines: readonly ShoppingLine[], id: string): ShoppingLine => {
  const l = lines.find((x) => x.foodId === id)
  if (!l) throw new Error(`no line for ${id}: ${lines.map((x) => x.foodId).join(', ')}`)
  return l
}
/** One recipe of one food, eaten once at `servings`. */
function onceOf(id: string, g: number): { entries: PlanEntry[]; recipes: Recipe[] } {
  const r = makeRecipe(`r-${id}`, `Recipe with ${id}`, 1, [[food(id), g]])
  return { entries: [makeEntry('alex', RANGE.from, recipeItem(r, 1))], recipes: [r] }
}
const show = (id: string, g: number, system: UnitSystem): string => {
  const { entries, recipes } = onceOf(id, g)
  return formatLineQuantity(listOf(entries, recipes).lines[0]!, system)
}

describe('the list shows what is bought', () => {
  it('merges cooked and dry brown rice into one dry-rice line, exactly', () => {
    const cooked = makeRecipe('bowl', 'Rice bowl', 1, [[food('sr28:20037'), 200]])
    const dry = makeRecipe('pilaf', 'Pilaf', 2, [[food('sr28:20036'), 150]])
    const entries = [
      makeEntry('alex', RANGE.from, recipeItem(cooked, 3)),
      makeEntry('sam', RANGE.from, recipeItem(dry, 2)),
    ]
    const list = listOf(entries, [cooked, dry])
    expect(list.lines.filter((l) => /brown rice/i.test(l.name))).toHaveLength(1)
    expect(list.lines.some((l) => l.foodId === 'sr28:20037')).toBe(false)
    const line = lineFor(list.lines, 'sr28:20036')
    const factor = BUYING.yields.get(food('sr28:20037').id)?.factor ?? Number.NaN
    expect(line.grams).toBeCloseTo(600 * factor + 150, 9)
    expect(line.recipes).toEqual(['Pilaf', 'Rice bowl'])
    expect(formatLineQuantity(line, 'metric')).toBe('400 g → 1 × 1 kg bag')
    expect(line.notes).toEqual([])
  })

  it.each([
    // 4.6 kg cooked brown rice → about 1.5 kg dry rice in 1 kg bags (2 lb bags in the US)
    ['sr28:20037', 4600, '1.6 kg → 2 × 1 kg bags', '3.5 lb → 2 × 2 lb bags'],
    ['sr28:16070', 1100, '400 g → 1 × 500 g bag', '13 oz → 1 × 1 lb bag'],
    ['sr28:11674', 4900, '6 kg', '13.25 lb'],
    ['sr28:11212', 5900, '6.6 kg → 7 × 1 kg bags', '14.5 lb → 12 × 16 oz bags + 4 × 10 oz bags'],
  ])('%s: %d g as eaten → %s (US %s)', (id, g, metric, us) => {
    expect(show(id, g, 'metric')).toBe(metric)
    expect(show(id, g, 'us')).toBe(us)
  })

  it.each([
    // liquids by volume, from each food's own volume portion
    [
      'sr28:16235',
      14100,
      '13.8 L → 14 × 1 L cartons',
      '3.75 gal → 7 × half-gallon cartons + 1 × quart carton',
    ],
    ['fndds:42401010', 450, '450 ml → 2 × 400 ml cans', '15 fl oz → 2 × 13.5 fl oz cans'],
    [
      'curated:oat-drink-fortified',
      1000,
      '1 L → 1 × 1 L carton',
      '1.25 qt → 1 × half-gallon carton',
    ],
    ['sr28:04053', 500, '550 ml → 1 × 1 L bottle', '19 fl oz → 1 × 32 fl oz bottle'],
  ])('%s: %d g → %s (US %s)', (id, g, metric, us) => {
    expect(show(id, g, 'metric')).toBe(metric)
    expect(show(id, g, 'us')).toBe(us)
  })

  it.each([
    // produce by count with the USDA portion weight; small things by weight or pack
    ['sr28:09152', 650, '14 whole'], // 650 g lemon juice = 14 lemons of 48 g juice
    ['sr28:09040', 500, '5 medium'],
    ['sr28:09037', 300, '2 whole'],
    ['sr28:11253', 400, '2 heads'],
    ['sr28:01131', 300, '6 large → 1 box of 6'], // poached eggs: one egg each
    ['sr28:09298', 150, '150 g → 1 × 250 g bag'], // raisins, never "6 small"
    ['sr28:09316', 2000, '2 kg → 5 × 400 g punnets'], // strawberries, never "117 medium"
    ['sr28:15027', 280, '10 sticks'],
  ])('%s: %d g → %s', (id, g, metric) => {
    expect(show(id, g, 'metric')).toBe(metric)
  })

  it('says "as cooked" for a cooked food without a known conversion, keeping its amount', () => {
    const { entries, recipes } = onceOf('sr28:11313', 240) // frozen peas, boiled
    const line = listOf(entries, recipes).lines[0]!
    expect(line.foodId).toBe('sr28:11313')
    expect(line.grams).toBe(240)
    expect(lineNoteTexts(line, 'metric').join(' ')).toMatch(/^as cooked: /)
    const broth = onceOf('sr28:06413', 244) // canned broth, prepared with equal volume water
    const p = listOf(broth.entries, broth.recipes).lines[0]!
    expect(p.notes.map((n) => n.code)).toEqual(['as_prepared'])
  })

  it('keeps the old behaviour without a buying table', () => {
    const { entries, recipes } = onceOf('sr28:20037', 300)
    const list = buildShoppingList({
      entries,
      recipes,
      foods: CATALOGUE,
      range: RANGE,
      packages: TABLE,
    })
    expect(list.lines[0]?.foodId).toBe('sr28:20037')
    expect(list.lines[0]?.notes).toEqual([])
  })

  it('converts foods eaten on their own too', () => {
    const entries = [makeEntry('alex', RANGE.from, foodItem(food('sr28:05064'), 100))]
    const line = listOf(entries, []).lines[0]!
    expect(line.foodId).toBe('sr28:05062')
    expect(line.grams).toBeCloseTo((100 * 31.02) / 22.5, 2)
    expect(line.direct).toBe(true)
  })
})

describe('converting and summing never loses or invents quantity (seeded plans)', () => {
  const starter = starterRecipesJson() as unknown as {
    recipes: { ingredients: { foodId: string; grams: number }[] }[]
  }
  const recipes: Recipe[] = starter.recipes.map((r, i) =>
    makeRecipe(
      `s${i}`,
      `Starter ${i}`,
      1 + (i % 3),
      r.ingredients.map((ing) => [food(ing.foodId), ing.grams]),
    ),
  )

  it.each([1, 2, 3, 4, 5])('seed %i', (seed) => {
    const random = mulberry32(seed)
    const entries: PlanEntry[] = []
    const expected = new Map<string, number>()
    for (let day = 0; day < 14; day++) {
      for (const person of ['alex', 'sam', 'kit', 'jo']) {
        const r = recipes[Math.floor(random() * recipes.length)]!
        const servings = 0.5 + Math.floor(random() * 4) / 2
        const date = `2026-01-${String(5 + day).padStart(2, '0')}`
        entries.push(makeEntry(person, date, recipeItem(r, servings)))
        for (const ing of r.ingredients) {
          const y = BUYING.yields.get(ing.foodId)
          const g = (ing.grams * servings) / r.servings
          const parts = y
            ? [{ buyId: y.buyId, factor: y.factor }, ...y.with]
            : [{ buyId: ing.foodId, factor: 1 }]
          for (const p of parts) expected.set(p.buyId, (expected.get(p.buyId) ?? 0) + g * p.factor)
        }
      }
    }
    const list = listOf(entries, recipes)
    const lines = list.lines.filter((l) => l.kind === 'food')
    expect(new Set(lines.map((l) => l.foodId))).toEqual(new Set(expected.keys()))
    for (const line of lines) {
      const want = expected.get(line.foodId ?? '') ?? Number.NaN
      expect(line.grams).toBeCloseTo(want, 6) // exact sums, up to float order
      const shop = line.shop!
      expect(shop.grams).toBe(line.toBuyGrams)
      for (const system of ['metric', 'us'] as const) {
        const packs = shop.packs?.[system] ?? []
        if (packs.length === 0) continue
        // Packs cover the need, and drop any one pack and they would not: rounding only.
        const total = packedAmount(packs)
        expect(total).toBeGreaterThanOrEqual(shop.amount - 1e-6)
        expect(total - Math.min(...packs.map((p) => p.size))).toBeLessThan(shop.amount)
      }
      if (shop.measure === 'count' && shop.portion) {
        const items = shop.amount
        expect(items * shop.portion.grams).toBeGreaterThanOrEqual(line.toBuyGrams - 1e-6)
        expect((items - 1) * shop.portion.grams).toBeLessThan(line.toBuyGrams)
      }
    }
  })
})

describe('the starter recipes (every ingredient line)', () => {
  const recipes = starterRecipesJson().recipes
  const cov = buyingCoverage(recipes, CATALOGUE, BUYING, TABLE)

  it('lists every food as bought (dry, raw, pack or count), none as cooked or prepared', () => {
    expect(cov.unknownLines).toBe(0)
    expect(cov.foods.filter((f) => f.kind === 'as cooked' || f.kind === 'as prepared')).toEqual([])
    const lines = Object.values(cov.linesByKind).reduce((a, b) => a + b, 0)
    expect(lines).toBe(1078)
    expect(cov.linesByKind.converted + cov.linesByKind['as sold']).toBe(lines)
  })

  it('buys liquids by volume and no produce by a "small" box or a count of berries', () => {
    const by = new Map(cov.foods.map((f) => [f.foodId as string, f.measure]))
    for (const id of ['sr28:16235', 'fndds:42401010', 'fndds:11360000', 'sr28:16123'])
      expect(by.get(id), id).toBe('packs')
    expect(by.get('sr28:09298')).toBe('packs') // raisins
    expect(by.get('sr28:09316')).toBe('packs') // strawberries
  })
})
