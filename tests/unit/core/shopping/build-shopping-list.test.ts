import { describe, expect, it } from 'vitest'
import { foodId } from '../../../../src/core/foods/types'
import {
  buildShoppingList,
  DEFAULT_AISLE_ORDER,
  formatLineQuantity,
  normaliseAisleOrder,
  type BuildShoppingListInput,
} from '../../../../src/core/shopping'
import { grams, millilitres } from '../../../../src/core/units'
import {
  B12_TABLET,
  BANANA,
  BREAD,
  EGG,
  FOODS,
  foodItem,
  makeEntry,
  makeRecipe,
  MY_SOY_DRINK,
  OAT_DRINK,
  OATS,
  recipeItem,
  SOYMILK,
  SPINACH,
  supplementItem,
  TABLE,
} from './fixtures'

const WEEK = { from: '2025-03-03', to: '2025-03-09' }
const porridge = makeRecipe('porridge', 'Porridge', 1, [
  [OATS, 40],
  [SOYMILK, 243],
  [BANANA, 118],
])
const toast = makeRecipe('toast', 'Toast & eggs', 2, [
  [BREAD, 128],
  [EGG, 100],
  [SPINACH, 60],
])
const days = [
  '2025-03-03',
  '2025-03-04',
  '2025-03-05',
  '2025-03-06',
  '2025-03-07',
  '2025-03-08',
  '2025-03-09',
]
const entries = days.flatMap((d) => [
  makeEntry('alex', d, recipeItem(porridge, 1)),
  makeEntry('sam', d, recipeItem(toast, 1)),
  makeEntry('alex', d, supplementItem(B12_TABLET, 1)),
])
const input: BuildShoppingListInput = {
  entries,
  recipes: [porridge, toast],
  foods: FOODS,
  range: WEEK,
  packages: TABLE,
}

describe('buildShoppingList', () => {
  const list = buildShoppingList(input)
  const line = (id: string) => list.lines.find((l) => l.key === id)!

  it('lists one line per food with exact totals, sources and aisle', () => {
    expect(list.lines).toHaveLength(7)
    expect(line(SOYMILK.id)).toMatchObject({
      grams: 7 * 243,
      aisle: 'dairy',
      recipes: ['Porridge'],
      profiles: ['alex'],
      kind: 'food',
      checked: false,
    })
    expect(line(EGG.id).grams).toBe(350)
    expect(line(B12_TABLET.id)).toMatchObject({
      kind: 'supplement',
      units: 7,
      grams: 0,
      aisle: 'supplements',
      direct: true,
    })
  })

  it('shows shop units for the week', () => {
    expect(formatLineQuantity(line(SOYMILK.id), 'metric')).toBe('1.7 L → 2 × 1 L cartons') // 7 cups = 1656 ml
    expect(formatLineQuantity(line(SOYMILK.id), 'us')).toBe('1.75 qt → 1 × half-gallon carton')
    expect(formatLineQuantity(line(EGG.id), 'metric')).toBe('7 large → 1 box of 12')
    expect(formatLineQuantity(line(BANANA.id), 'metric')).toBe('7 medium')
    expect(formatLineQuantity(line(B12_TABLET.id), 'metric')).toBe(
      '7 tablets → 1 bottle of 30 B12 tablets, 1000 µg',
    )
    expect(formatLineQuantity(line(BREAD.id), 'metric')).toBe('450 g → 1 × 800 g loaf')
  })

  it('groups by aisle in the default order, names sorted within an aisle', () => {
    expect(list.sections.map((s) => s.aisle)).toEqual([
      'produce',
      'bakery',
      'dairy',
      'pantry',
      'supplements',
    ])
    expect(list.sections[0]!.lines.map((l) => l.name)).toEqual(['Bananas', 'Spinach'])
    expect(list.sections[2]!.label).toBe('Dairy and alternatives')
    expect(list.lines.map((l) => l.key)).toEqual(
      list.sections.flatMap((s) => s.lines.map((l) => l.key)),
    )
  })

  it('follows a user aisle order and per-food aisle overrides', () => {
    const custom = buildShoppingList({
      ...input,
      aisleOrder: ['supplements', 'dairy'],
      aisleOverrides: { [EGG.id]: 'other', [OATS.id]: 'bakery' },
    })
    expect(custom.sections.map((s) => s.aisle)).toEqual([
      'supplements',
      'dairy',
      'produce',
      'bakery',
      'other',
    ])
    // By shop name: "Cereals, oats, dry" before "Wholemeal bread".
    expect(custom.sections.find((s) => s.aisle === 'bakery')!.lines.map((l) => l.key)).toEqual([
      OATS.id,
      BREAD.id,
    ])
    expect(custom.lines.find((l) => l.key === EGG.id)!.aisle).toBe('other')
  })

  it('normaliseAisleOrder drops repeats and unknown names and appends missing aisles', () => {
    expect(normaliseAisleOrder(['frozen', 'frozen', 'nope', 'produce'])).toEqual([
      'frozen',
      'produce',
      'bakery',
      'dairy',
      'meat_fish',
      'pantry',
      'supplements',
      'other',
    ])
    expect(normaliseAisleOrder()).toEqual([...DEFAULT_AISLE_ORDER])
  })

  it('filters by household members', () => {
    const alexOnly = buildShoppingList({ ...input, profileIds: [entries[0]!.profileId] })
    expect(alexOnly.lines.map((l) => l.key).sort()).toEqual(
      [B12_TABLET.id, BANANA.id, OATS.id, SOYMILK.id].sort(),
    )
    expect(alexOnly.profileIds).toEqual(['alex'])
  })

  it('keeps unknown foods on the list and reports missing recipes', () => {
    const ghost = foodId('sr28:99999')
    const odd = buildShoppingList({
      ...input,
      entries: [
        makeEntry('alex', '2025-03-03', { kind: 'food', foodId: ghost, grams: grams(120) }),
        makeEntry('alex', '2025-03-03', {
          kind: 'recipe',
          recipeId: makeRecipe('x', 'X', 1, []).id,
          servings: 1,
        }),
      ],
    })
    expect(odd.lines).toHaveLength(1)
    expect(odd.lines[0]).toMatchObject({ key: ghost, name: ghost, aisle: 'other', grams: 120 })
    expect(odd.lines[0]!.notes.map((n) => n.code)).toEqual(['unknown_food'])
    expect(odd.problems).toEqual({ missingRecipes: ['x'], missingFoods: [ghost] })
  })

  it('free-text manual items get their own line; linked ones join the food line', () => {
    const withManual = buildShoppingList({
      ...input,
      manual: [
        { id: 'soap', text: 'Washing-up liquid', aisle: 'other' },
        { id: 'rice', text: 'Rice', quantity: { kind: 'mass', grams: grams(1000) } },
        {
          id: 'more-oat',
          text: 'Oat drink',
          foodId: OAT_DRINK.id,
          quantity: { kind: 'volume', millilitres: millilitres(1000) },
        },
        {
          id: 'more-milk',
          text: 'Soy milk',
          foodId: SOYMILK.id,
          quantity: { kind: 'mass', grams: grams(300) },
        },
      ],
    })
    const soap = withManual.lines.find((l) => l.key === 'manual:soap')!
    expect(soap).toMatchObject({
      kind: 'manual',
      name: 'Washing-up liquid',
      aisle: 'other',
      shop: null,
      manual: true,
    })
    expect(
      formatLineQuantity(
        withManual.lines.find((l) => l.key === 'manual:rice')!,
        'metric',
      ),
    ).toBe('1 kg')
    const oat = withManual.lines.find((l) => l.key === OAT_DRINK.id)!
    expect(oat).toMatchObject({ grams: 1000, manual: true, recipes: [] }) // 1 glass (200 ml) = 200 g
    expect(formatLineQuantity(oat, 'metric')).toBe('1 L → 1 × 1 L carton')
    expect(withManual.lines.find((l) => l.key === SOYMILK.id)!.grams).toBe(7 * 243 + 300)
  })

  it('never merges volume with weight without a published density: kept apart with a note', () => {
    const apart = buildShoppingList({
      ...input,
      entries: [makeEntry('alex', '2025-03-03', foodItem(MY_SOY_DRINK, 400))],
      manual: [
        {
          id: 'm',
          text: 'My soy drink',
          foodId: MY_SOY_DRINK.id,
          quantity: { kind: 'volume', millilitres: millilitres(500) },
        },
      ],
    })
    const l = apart.lines.find((x) => x.key === MY_SOY_DRINK.id)!
    expect(l.grams).toBe(400)
    expect(l.apart).toEqual([{ kind: 'volume', millilitres: 500 }])
    expect(l.notes.map((n) => n.code)).toEqual(['kept_apart', 'no_volume_measure'])
    expect(formatLineQuantity(l, 'metric')).toBe('400 g')
  })
})
