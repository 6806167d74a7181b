import { expect, test, type Locator, type Page } from '@playwright/test'
import { addPerson, expectNoAxeViolations } from './fixtures'

const tuesday = (page: Page) => page.locator('section.day').nth(1)

/** The amounts column of a recipe card's ingredient table, as numbers. */
async function ingredientAmounts(table: Locator): Promise<number[]> {
  const cells = await table.locator('tbody td').allInnerTexts()
  return cells.map((text) => Number.parseFloat(text))
}

test.describe('plan amounts and targets (issue 14)', () => {
  test('a generated meal shows grams, kcal and protein; the day shows totals against targets; the meal opens its recipe scaled', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
    await page.goto('/#/plan')
    await page.getByRole('button', { name: 'Generate the week' }).click()
    await expect(page.getByText(/^Done:/)).toBeVisible({ timeout: 60_000 })

    // The meal: one short line, the main ingredients on request.
    const lunch = tuesday(page)
      .locator('.slot', { has: page.getByRole('heading', { name: 'Lunch' }) })
      .locator('.entry')
      .first()
    await expect(lunch.locator('.entry-facts')).toHaveText(
      /^[\d.]+ servings? \(about [\d,]+ g\), [\d,]+ kcal, \d+ g protein, B12 [\d.]+ µg$/,
    )
    await lunch.getByText('Main ingredients').click()
    const main = lunch.locator('.entry-ingredients li')
    expect(await main.count()).toBeGreaterThanOrEqual(2)
    for (const text of await main.allInnerTexts()) expect(text).toMatch(/: [\d,]+ (g|ml)$/)

    // The day: kcal and protein against Ana's targets, in words.
    await expect(tuesday(page).locator('.day-totals')).toHaveText(
      /^Ana: [\d,]+ kcal, (below|within|above) the [\d,]+–[\d,]+ kcal target; \d+ g protein, (below|at or above) the \d+ g minimum\.$/,
    )
    // A week with nothing planned says so rather than 0 against a target.
    await page.getByRole('button', { name: /next week/i }).click()
    await expect(page.getByText('Ana: nothing planned for this day yet.')).toHaveCount(7)
    await expect(page.locator('.day-totals')).toHaveCount(0)
    await page.getByRole('button', { name: /previous week/i }).click()

    // The meal opens its recipe for Ana's servings; closing returns focus to the meal.
    const name = (await lunch.locator('.entry-name').innerText()).trim()
    const servings = Number.parseFloat(await lunch.locator('.entry-amount').innerText())
    const open = lunch.getByRole('button', { name: new RegExp(`^${name}, recipe for Ana`) })
    await open.click()
    const card = lunch.locator('.entry-recipe')
    await expect(card.getByRole('heading', { name })).toBeFocused()
    await expect(card).toContainText(`For Ana: ${servings} serving`)
    const makes = Number(
      (await card.getByText(/the recipe makes/).innerText()).match(/makes (\d+)/)![1],
    )
    const scaled = await ingredientAmounts(
      card.getByRole('table', { name: /^Ingredients for Ana:/ }),
    )
    await expectNoAxeViolations(page, 'planner with a recipe open for a person')
    await card.getByRole('button', { name: 'Close recipe' }).click()
    await expect(card).toHaveCount(0)
    await expect(open).toBeFocused()

    // The same recipe in the library, for its own servings: the plan's amounts are servings × these.
    await page.goto('/#/foods?view=recipes')
    await page.getByRole('searchbox', { name: 'Search recipes' }).fill(name)
    await page
      .getByRole('list', { name: 'Recipes' })
      .getByRole('button', { name: new RegExp(`^${name}`) })
      .first()
      .click()
    const base = await ingredientAmounts(
      page.getByRole('table', {
        name: `Ingredients for ${makes} serving${makes === 1 ? '' : 's'}`,
      }),
    )
    expect(scaled).toHaveLength(base.length)
    scaled.forEach((amount, i) => expect(amount).toBeCloseTo((base[i]! * servings) / makes, 0))
  })
})
