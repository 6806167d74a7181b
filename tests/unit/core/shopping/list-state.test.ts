import { describe, expect, it } from 'vitest'
import {
  applyListState,
  buildShoppingList,
  listStateOf,
  setChecked,
  type ListState,
  type ManualItem,
} from '../../../../src/core/shopping'
import {
  B12_TABLET,
  BANANA,
  FOODS,
  makeEntry,
  makeRecipe,
  OATS,
  recipeItem,
  SOYMILK,
  supplementItem,
  TABLE,
  TOFU,
  foodItem,
} from './fixtures'

const WEEK = { from: '2025-03-03', to: '2025-03-09' }
const porridge = makeRecipe('porridge', 'Porridge', 1, [
  [OATS, 40],
  [SOYMILK, 243],
  [BANANA, 118],
])
const manual: ManualItem[] = [{ id: 'soap', text: 'Washing-up liquid' }]

describe('checked state by stable line key', () => {
  const first = buildShoppingList({
    entries: [
      makeEntry('alex', '2025-03-03', recipeItem(porridge, 1)),
      makeEntry('alex', '2025-03-03', foodItem(TOFU, 200)),
    ],
    recipes: [porridge],
    foods: FOODS,
    range: WEEK,
    packages: TABLE,
    manual,
  })
  let state: ListState = { checked: [] }
  state = setChecked(state, SOYMILK.id, true)
  state = setChecked(state, TOFU.id, true)
  state = setChecked(state, 'manual:soap', true)

  it('survives regenerating the plan where the items still apply; stale keys are reported', () => {
    // The plan is regenerated: tofu is gone, more porridge, a supplement is added.
    const regenerated = buildShoppingList({
      entries: [
        makeEntry('sam', '2025-03-04', recipeItem(porridge, 2)),
        makeEntry('sam', '2025-03-04', supplementItem(B12_TABLET, 1)),
      ],
      recipes: [porridge],
      foods: FOODS,
      range: WEEK,
      packages: TABLE,
      manual,
    })
    const applied = applyListState(regenerated, state)
    const checked = applied.list.lines.filter((l) => l.checked).map((l) => l.key)
    expect(checked.sort()).toEqual([SOYMILK.id, 'manual:soap'].sort())
    expect(applied.stale).toEqual([TOFU.id])
    expect(applied.state.checked).toEqual([SOYMILK.id, 'manual:soap'])
    expect(applied.list.sections.flatMap((s) => s.lines).filter((l) => l.checked)).toHaveLength(2)
    expect(applied.list.lines.find((l) => l.key === 'manual:soap')!.name).toBe('Washing-up liquid')
  })

  it('does not change the input list and round-trips through listStateOf', () => {
    const applied = applyListState(first, state)
    expect(first.lines.every((l) => !l.checked)).toBe(true)
    expect([...listStateOf(applied.list).checked].sort()).toEqual([...state.checked].sort())
    expect(applied.stale).toEqual([])
  })

  it('setChecked unchecks and does not duplicate', () => {
    expect(setChecked({ checked: ['a', 'b'] }, 'a', true)).toEqual({ checked: ['b', 'a'] })
    expect(setChecked({ checked: ['a', 'b'] }, 'a', false)).toEqual({ checked: ['b'] })
  })
})
