/** A small list shared by the exporter tests. */
import { applyListState, buildShoppingList } from '../../../../src/core/shopping'
import { grams } from '../../../../src/core/units'
import {
  B12_TABLET,
  BANANA,
  EGG,
  FOODS,
  foodItem,
  makeEntry,
  makeRecipe,
  OLIVE_OIL,
  SOYMILK,
  supplementItem,
  TABLE,
} from './fixtures'

/** 1.8 L of soymilk in grams, from its published 1 cup = 243 g. */
export const SOY_1800_ML = (1800 * 243) / 236.5882365

const shake = makeRecipe('shake', 'Banana *shake*', 1, [
  [SOYMILK, SOY_1800_ML / 2],
  [BANANA, 118],
])

export const SMALL_LIST = applyListState(
  buildShoppingList({
    entries: [
      makeEntry('alex', '2025-03-03', { kind: 'recipe', recipeId: shake.id, servings: 2 }),
      makeEntry('alex', '2025-03-04', foodItem(EGG, 300)),
      makeEntry('alex', '2025-03-04', foodItem(OLIVE_OIL, grams(20))),
      ...Array.from({ length: 28 }, () =>
        makeEntry('alex', '2025-03-05', supplementItem(B12_TABLET, 1)),
      ),
    ],
    recipes: [shake],
    foods: FOODS,
    range: { from: '2025-03-03', to: '2025-03-05' },
    packages: TABLE,
    pantry: [{ foodId: OLIVE_OIL.id, kind: 'staple' }],
    manual: [{ id: 'soap', text: 'Washing-up liquid [eco]', aisle: 'other' }],
  }),
  { checked: [EGG.id] },
).list
