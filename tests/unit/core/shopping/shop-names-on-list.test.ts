import { describe, expect, it } from 'vitest'
import type { FoodRecord } from '../../../../src/core/foods'
import {
  buildShoppingList,
  toCsv,
  type ShoppingLine,
  type UnitSystem,
} from '../../../../src/core/shopping'
import { shippedCatalogue } from '../foods/catalogue-fixture'
import {
  B12_TABLET,
  foodItem,
  makeEntry,
  makeRecipe,
  MY_SOY_DRINK,
  supplementItem,
  TABLE,
} from './fixtures'

const WEEK = { from: '2025-03-03', to: '2025-03-09' }

function real(id: string): FoodRecord {
  const food = shippedCatalogue().foods.find((f) => f.id === id)
  if (!food) throw new Error(`no ${id}`)
  return food
}

const SILK = real('sr28:16235')
const CHICKPEAS = real('sr28:16359')
const ZUCCHINI = real('sr28:11477')
const TOFU_PLUS = real('sr28:16273')
const foods = new Map<string, FoodRecord>(
  [SILK, CHICKPEAS, ZUCCHINI, TOFU_PLUS, MY_SOY_DRINK, B12_TABLET].map((f) => [f.id, f]),
)
const stew = makeRecipe('stew', 'Chickpea and courgette stew', 2, [
  [CHICKPEAS, 240],
  [ZUCCHINI, 200],
  [TOFU_PLUS, 150],
])

function listFor(wording: UnitSystem | undefined) {
  return buildShoppingList({
    entries: [
      makeEntry('alex', '2025-03-03', { kind: 'recipe', recipeId: stew.id, servings: 2 }),
      makeEntry('alex', '2025-03-04', foodItem(SILK, 250)),
      makeEntry('alex', '2025-03-04', foodItem(MY_SOY_DRINK, 200)),
      makeEntry('alex', '2025-03-05', supplementItem(B12_TABLET, 1)),
    ],
    recipes: [stew],
    foods,
    range: WEEK,
    packages: TABLE,
    ...(wording ? { wording } : {}),
  })
}

const byId = (lines: readonly ShoppingLine[], id: string) => lines.find((l) => l.foodId === id)

describe('shop names on the shopping list', () => {
  it.each([
    [
      'metric',
      ['Soya drink, fortified with B12', 'Chickpeas, tinned', 'Courgettes'],
      'Tofu, extra firm, fortified with B12',
    ],
    [
      'us',
      ['Soy milk, fortified with B12', 'Chickpeas, canned', 'Zucchini'],
      'Tofu, extra firm, fortified with B12',
    ],
  ] as const)(
    '%s wording names each line as sold',
    (wording, [silk, chickpeas, zucchini], tofu) => {
      const { lines } = listFor(wording)
      expect(byId(lines, SILK.id)?.name).toBe(silk)
      expect(byId(lines, CHICKPEAS.id)?.name).toBe(chickpeas)
      expect(byId(lines, ZUCCHINI.id)?.name).toBe(zucchini)
      expect(byId(lines, TOFU_PLUS.id)?.name).toBe(tofu)
    },
  )

  it('defaults to UK wording, the metric default of the units setting', () => {
    expect(byId(listFor(undefined).lines, ZUCCHINI.id)?.name).toBe('Courgettes')
  })

  it('keeps the USDA name one click away, and only for USDA foods', () => {
    const { lines } = listFor('metric')
    expect(byId(lines, CHICKPEAS.id)?.usdaName).toBe(CHICKPEAS.name)
    expect(byId(lines, SILK.id)?.usdaName).toBe('SILK Plain, soymilk')
    expect(byId(lines, MY_SOY_DRINK.id)?.usdaName).toBeUndefined()
    expect(byId(lines, B12_TABLET.id)?.usdaName).toBeUndefined()
  })

  it("keeps the person's own foods and supplements as named", () => {
    const { lines } = listFor('us')
    expect(byId(lines, MY_SOY_DRINK.id)?.name).toBe('My soy drink')
    expect(byId(lines, B12_TABLET.id)?.name).toBe(B12_TABLET.name)
  })

  it.each(['metric', 'us'] as const)(
    '%s: the CSV has no cooked, raw, NFS, mature seeds or all-caps brand',
    (wording) => {
      const list = listFor(wording)
      expect(list.lines).toHaveLength(6)
      const csv = toCsv(list, { system: wording })
      for (const line of list.lines) expect(csv).toContain(line.name)
      expect(csv).not.toMatch(/\b(cooked|raw|NFS|mature seeds)\b/i)
      expect(csv).not.toMatch(/\b[A-Z]{2,}\b/)
    },
  )
})
