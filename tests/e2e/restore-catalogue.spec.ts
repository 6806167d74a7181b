import { expect, test, type Page } from '@playwright/test'
import { addPerson } from './fixtures'

/**
 * The catalogue follows the database: a restored backup's own food and recipe can be found and
 * planned at once, and "delete all my data" removes them at once, with no reload in between (the
 * catalogue store once kept stale copies until the app was restarted).
 */
const FOOD = 'Zephyr yeast flakes'
const RECIPE = 'Zephyr breakfast bowl'

/** Goes to a page through the main navigation, as a person would (no reload). */
async function openPage(page: Page, link: string, heading: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: link, exact: true })
    .click()
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
}

/** Searches the Foods page; returns the list of matching foods. */
async function searchFoods(page: Page, text: string) {
  await openPage(page, 'Foods', 'Foods')
  await page
    .getByRole('navigation', { name: 'Foods or recipes' })
    .getByRole('link', { name: 'Foods' })
    .click()
  const search = page.getByRole('searchbox', { name: 'Search foods' })
  await expect(search).toBeVisible({ timeout: 30_000 })
  await search.fill(text)
  return page.getByRole('list', { name: 'Matching foods' })
}

/** The Recipes view's "Only my recipes" list. */
async function myRecipes(page: Page) {
  await openPage(page, 'Foods', 'Foods')
  await page
    .getByRole('navigation', { name: 'Foods or recipes' })
    .getByRole('link', { name: 'Recipes' })
    .click()
  await page.getByRole('checkbox', { name: 'Only my recipes' }).check()
  return page.getByRole('list', { name: 'Recipes' })
}

async function addFoodAndRecipe(page: Page): Promise<void> {
  await openPage(page, 'Foods', 'Foods')
  await expect(page.getByRole('searchbox', { name: 'Search foods' })).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('button', { name: 'Add your own food' }).click()
  await page.getByRole('textbox', { name: 'Name' }).fill(FOOD)
  await page.getByRole('textbox', { name: /Serving size/ }).fill('5')
  await page.getByRole('textbox', { name: /Vitamin B12/ }).fill('2')
  await page.getByRole('button', { name: 'Save food' }).click()
  await expect(page.getByRole('region', { name: FOOD })).toBeVisible()

  await page
    .getByRole('navigation', { name: 'Foods or recipes' })
    .getByRole('link', { name: 'Recipes' })
    .click()
  await page.getByRole('button', { name: 'Add a recipe' }).click()
  const form = page.getByRole('form', { name: 'Add a recipe' })
  await form.getByRole('textbox', { name: 'Name' }).fill(RECIPE)
  await form.getByRole('checkbox', { name: 'Breakfast' }).check()
  await form.getByRole('searchbox', { name: 'Add an ingredient: find a food' }).fill('zephyr')
  await form.getByRole('list', { name: 'Foods to add' }).getByRole('button', { name: FOOD }).click()
  await form
    .getByRole('textbox', { name: 'Steps (one per line)' })
    .fill('Sprinkle the flakes on a bowl of oats.')
  await form.getByRole('button', { name: 'Save recipe' }).click()
  await expect(
    page.getByRole('list', { name: 'Recipes' }).getByRole('button', { name: new RegExp(RECIPE) }),
  ).toBeVisible()
}

async function restoreFrom(page: Page, file: string): Promise<void> {
  await openPage(page, 'Settings', 'Settings')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Restore from a file…' }).click()
  await (await chooser).setFiles(file)
  await page
    .getByRole('region', { name: /^Restore / })
    .getByRole('button', { name: 'Restore' })
    .click()
  await expect(page.getByText(/^Your data was replaced by the backup/)).toBeVisible()
}

async function deleteAll(page: Page): Promise<void> {
  await openPage(page, 'Settings', 'Settings')
  await page.getByRole('textbox', { name: /Type DELETE to confirm/ }).fill('DELETE')
  await page.getByRole('button', { name: 'Delete all my data' }).click()
  await expect(page.getByText(/All your data was deleted from this computer/)).toBeVisible()
}

test.describe('restore and delete keep the catalogue live', () => {
  test('a restored own food and recipe are found and planned, and deleting all removes them, without a reload', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000)
    await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
    await addFoodAndRecipe(page)

    // A real backup file, made by the app.
    await openPage(page, 'Settings', 'Settings')
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export all my data' }).click()
    const file = testInfo.outputPath('backup.json')
    await (await download).saveAs(file)

    // From here on the page must never load again: a reload would hide a stale catalogue.
    await page.evaluate(() => {
      ;(window as unknown as { __noReload?: number }).__noReload = 1
    })

    await deleteAll(page)
    await expect(await searchFoods(page, 'zephyr')).toHaveCount(0)
    await expect(page.getByText(/No foods match/)).toBeVisible()
    await expect(await myRecipes(page)).not.toContainText(RECIPE)

    await restoreFrom(page, file)
    await expect(
      (await searchFoods(page, 'zephyr')).getByRole('button', { name: new RegExp(FOOD) }),
    ).toBeVisible()
    await expect(
      (await myRecipes(page)).getByRole('button', { name: new RegExp(RECIPE) }),
    ).toBeVisible()

    await openPage(page, 'Plan', 'Weekly plan')
    const breakfast = page
      .locator('section.day')
      .first()
      .locator('.slot', { has: page.getByRole('heading', { name: 'Breakfast' }) })
    await breakfast.getByRole('button', { name: /^Add/ }).click()
    await breakfast.getByRole('searchbox', { name: 'Find a recipe' }).fill('zephyr')
    await breakfast
      .getByRole('list', { name: 'Choices' })
      .getByRole('button', { name: new RegExp(RECIPE) })
      .click()
    await breakfast.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(breakfast.locator('.entry')).toContainText(RECIPE)

    // And "delete all my data" takes the restored food out of search again.
    await deleteAll(page)
    await expect(await searchFoods(page, 'zephyr')).toHaveCount(0)

    expect(
      await page.evaluate(() => (window as unknown as { __noReload?: number }).__noReload),
    ).toBe(1)
  })
})
