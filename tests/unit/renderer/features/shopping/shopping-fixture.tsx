import { act, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { foodId } from '../../../../../src/core/foods/types'
import {
  planEntryId,
  profileId,
  recipeId,
  type PlanEntry,
  type PlanItem,
} from '../../../../../src/core/planning/types'
import { grams } from '../../../../../src/core/units'
import { ShoppingPage } from '../../../../../src/renderer/features/shopping/ShoppingPage'
import { renderWithServices } from '../../../../fixtures/render-app'

export const OAT_MILK = 'fndds:11360200'
export const EGG = 'sr28:01123'
export const CHIA_CUP = 'oat-milk-chia-cup'
export const B12_TABLET = 'curated:b12-tablet-25-cyanocobalamin'
/** The list row for the fixed test week (Monday 16 to Sunday 22 November 2026). */
export const WEEK_ROW = 'list:2026-11-16:2026-11-22'

let n = 0
export function entry(person: string, date: string, item: PlanItem): PlanEntry {
  return {
    id: planEntryId(`e${++n}`),
    profileId: profileId(person),
    date,
    slot: 'breakfast',
    item,
    locked: false,
  }
}

export const recipe = (id: string, servings: number): PlanItem => ({
  kind: 'recipe',
  recipeId: recipeId(id),
  servings,
})
export const food = (id: string, g: number): PlanItem => ({
  kind: 'food',
  foodId: foodId(id),
  grams: grams(g),
})
export const supplement = (id: string, units: number): PlanItem => ({
  kind: 'supplement',
  foodId: foodId(id),
  units,
})

/**
 * Two people; Ana has the oat-milk chia cup (200 g oat milk) on Monday and Tuesday, Ben a glass
 * of oat milk (250 g) and 2 eggs on Wednesday, and Ana a B12 tablet on Monday.
 */
export const WEEK_ENTRIES = (): PlanEntry[] => [
  entry('p1', '2026-11-16', recipe(CHIA_CUP, 1)),
  entry('p1', '2026-11-17', recipe(CHIA_CUP, 1)),
  entry('p2', '2026-11-18', food(OAT_MILK, 250)),
  entry('p2', '2026-11-18', food(EGG, 100)),
  entry('p1', '2026-11-16', supplement(B12_TABLET, 1)),
  entry('p1', '2026-11-30', food(EGG, 500)), // another week: not on this list
]

export async function renderShopping(
  entries: PlanEntry[] = WEEK_ENTRIES(),
  people = ['Ana', 'Ben'],
) {
  const view = renderWithServices(<ShoppingPage />)
  for (const [i, name] of people.entries()) {
    await view.services.profiles.save({
      id: `p${i + 1}`,
      name,
      ageYears: 40,
      sex: 'F',
      diet: 'vegan',
    })
  }
  await view.services.plans.put(entries)
  await act(() => view.services.catalogue.load())
  return { ...view, user: userEvent.setup() }
}

/** The list item of the line whose checkbox label contains `name`. */
export function lineOf(name: RegExp): HTMLElement {
  return screen.getByRole('checkbox', { name }).closest('li') as HTMLElement
}
