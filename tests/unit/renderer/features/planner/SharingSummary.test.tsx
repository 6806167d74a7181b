import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { FoodId } from '../../../../../src/core/foods/types'
import { recipeFacts, type RecipeFacts } from '../../../../../src/core/planning/recipe-facts'
import {
  planEntryId,
  profileId,
  type PlanEntry,
  type RecipeId,
} from '../../../../../src/core/planning/types'
import { weekOf } from '../../../../../src/core/dates'
import { createMealSharingRepo } from '../../../../../src/renderer/db/repos/meal-sharing-repo'
import { SharingSummary } from '../../../../../src/renderer/features/planner/SharingSummary'
import { makePerson } from '../../../../fixtures/person'
import { loadFoods, loadStarterRecipes } from '../../../../fixtures/planning/foods'
import { renderWithServices } from '../../../../fixtures/render-app'

const { foods } = loadFoods()
const recipes = loadStarterRecipes()
const facts = recipeFacts(recipes, foods)
const library = { foods, recipes: new Map(recipes.map((r) => [r.id as string, r])) }
const dinner = (test: (f: RecipeFacts) => boolean): RecipeId =>
  [...facts.values()].find((f) => f.recipe.slots.includes('dinner') && test(f))!.recipe.id
const veganDish = dinner((f) => f.diet.vegan === 'yes')
const meatDish = dinner((f) => f.diet.pescatarian === 'no' && f.diet.omnivore === 'yes')

const ana = makePerson({ id: profileId('ana'), name: 'Ana', diet: 'vegan', ageYears: 34 })
const sam = makePerson({
  id: profileId('sam'),
  name: 'Sam',
  diet: 'omnivore',
  ageYears: 78,
  sex: 'M',
})
const lea = makePerson({
  id: profileId('lea'),
  name: 'Lea',
  diet: 'lacto_ovo_vegetarian',
  ageYears: 30,
})
const dates = weekOf('2026-11-16')

let n = 0
const entry = (who: string, date: string, item: PlanEntry['item']): PlanEntry => ({
  id: planEntryId(`e${++n}`),
  profileId: profileId(who),
  date,
  slot: 'dinner',
  item,
  locked: false,
})
const recipe = (id: RecipeId) => ({ kind: 'recipe' as const, recipeId: id, servings: 1 })

/** Everyone shares the vegan dinner, but Sam has a meat dinner on Tuesday and Friday and salmon with Monday's. */
function week(): PlanEntry[] {
  return dates.flatMap((date, i) => [
    entry('ana', date, recipe(veganDish)),
    entry('sam', date, recipe(i === 1 || i === 4 ? meatDish : veganDish)),
    entry('lea', date, recipe(veganDish)),
    ...(i === 0
      ? [entry('sam', date, { kind: 'food', foodId: 'sr28:15086' as FoodId, grams: 100 as never })]
      : []),
  ])
}

describe('SharingSummary', () => {
  it('tells the week in a few sentences: days together, sides, and who eats apart and why', async () => {
    renderWithServices(
      <SharingSummary people={[ana, sam, lea]} entries={week()} library={library} />,
    )
    const section = await screen.findByRole('region', { name: 'Meals together this week' })
    expect(section).toHaveTextContent('Dinner together on 5 of 7 days.')
    expect(section).toHaveTextContent('Sam has a side with it on Monday (salmon).')
    expect(section).toHaveTextContent(
      'On Tuesday and Friday, Sam has a separate dinner, which does not fit the diets of Ana and Lea.',
    )
    // One sentence per group of days, not one line per meal.
    expect(section.textContent?.match(/separate dinner/g)).toHaveLength(1)
  })

  it('with dinner set to "each to their own", says nothing about dinner', async () => {
    const view = renderWithServices(
      <SharingSummary people={[ana, sam, lea]} entries={week()} library={library} />,
    )
    await screen.findByRole('region', { name: 'Meals together this week' })
    await createMealSharingRepo(view.db).update({ dinner: false })
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Meals together this week' })).toBeNull(),
    )
  })

  it('shows nothing for one person', () => {
    const { container } = renderWithServices(
      <SharingSummary people={[sam]} entries={week()} library={library} />,
    )
    expect(container).toBeEmptyDOMElement()
  })
})
