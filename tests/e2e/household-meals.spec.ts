import { expect, test, type Page } from '@playwright/test'
import type { Diet, DietAnswer } from '../../src/core/foods/types'
import { MEAL_SIDES } from '../../src/core/planning/meal-sides'
import { recipeFacts } from '../../src/core/planning/recipe-facts'
import { loadFoods, loadStarterRecipes } from '../fixtures/planning/foods'
import { addPerson, expectNoAxeViolations } from './fixtures'

// What each name on the plan is, from the same shipped catalogue and recipes the app loads.
const { foods } = loadFoods()
const recipes = loadStarterRecipes()
const facts = recipeFacts(recipes, foods)
const dietByName = new Map<string, Record<Diet, DietAnswer>>([
  ...[...foods.values()].map((f) => [f.name, f.diet] as const),
  ...[...facts.values()].map((f) => [f.recipe.name, f.diet] as const),
  // A side the planner adds is shown by its name as eaten.
  ...MEAL_SIDES.flatMap((s) => {
    const food = foods.get(s.foodId)
    return food ? [[s.plateName, food.diet] as const] : []
  }),
])

/** Adds a pregnant vegetarian (the shared addPerson has no pregnancy answer). */
async function addPregnantVegetarian(page: Page, name: string): Promise<void> {
  await page.goto('/#/household')
  await page.getByRole('button', { name: 'Add a person' }).click()
  await page.getByRole('textbox', { name: 'Name' }).fill(name)
  await page.getByRole('textbox', { name: /Age in years/ }).fill('30')
  await page.getByRole('radio', { name: 'Female', exact: true }).check()
  await page.getByRole('radio', { name: 'Vegetarian' }).check()
  await page.getByRole('checkbox', { name: 'Pregnant' }).check()
  await page.getByRole('button', { name: 'Save person' }).click()
  await expect(page.getByText(`Saved ${name}.`)).toBeVisible()
}

/** The diet answers of everything a person has on each day of the plan page, day by day. */
async function dietsByDay(page: Page, name: string): Promise<Record<Diet, DietAnswer>[][]> {
  const out: Record<Diet, DietAnswer>[][] = []
  const days = page.locator('section.day')
  for (let i = 0; i < 7; i++) {
    const names = await days
      .nth(i)
      .locator('.day-person', { has: page.getByRole('heading', { name }) })
      .locator('.entry-name')
      .allInnerTexts()
    out.push(
      names.map((n) => {
        const diet = dietByName.get(n.trim())
        if (!diet) throw new Error(`not a starter recipe or catalogue food: ${n}`)
        return diet
      }),
    )
  }
  return out
}

test('a vegan, an omnivore on omeprazole and a pregnant vegetarian: together, each as their diet allows', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
  await addPerson(page, {
    name: 'Sam',
    age: 78,
    sex: 'Male',
    diet: 'Omnivore',
    medicine: { name: 'omeprazole', duration: 'Over 2 years' },
  })
  await addPregnantVegetarian(page, 'Lea')

  // The Household page offers the setting in plain words: lunch and dinner together by default.
  await page.goto('/#/household')
  const section = page.getByRole('region', { name: 'Meals together' })
  await expect(section.getByRole('checkbox', { name: 'We eat dinner together' })).toBeChecked()
  await expect(
    section.getByRole('checkbox', { name: 'We eat breakfast together' }),
  ).not.toBeChecked()
  await expectNoAxeViolations(page, 'household with meals together')

  await page.goto('/#/plan')
  await page.getByRole('button', { name: 'Generate the week' }).click()
  await expect(page.getByText(/^Done/)).toBeVisible({ timeout: 120_000 })
  await expect(page.locator('section.day')).toHaveCount(7)

  const sam = await dietsByDay(page, 'Sam')
  const meatOrFishDays = sam.filter((day) =>
    day.some((d) => d.omnivore === 'yes' && d.lacto_ovo_vegetarian === 'no'),
  ).length
  expect(meatOrFishDays).toBeGreaterThanOrEqual(3)
  for (const day of await dietsByDay(page, 'Ana')) for (const d of day) expect(d.vegan).toBe('yes')
  for (const day of await dietsByDay(page, 'Lea'))
    for (const d of day) expect(d.lacto_ovo_vegetarian).toBe('yes')

  // The page says, for the week, which meals are shared and why others are not.
  const summary = page.getByRole('region', { name: 'Meals together this week' })
  await expect(summary).toContainText(/Dinner together (on \d of 7 days|every day)\./)
  await expect(summary).toContainText(/Lunch/)
  await expectNoAxeViolations(page, 'plan with the sharing summary')
})
