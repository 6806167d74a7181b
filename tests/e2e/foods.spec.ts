import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './fixtures'

async function openFoods(page: Page): Promise<void> {
  await page.goto('/#/foods')
  // First start: the catalogue is set up in IndexedDB with a progress message, then search appears.
  await expect(page.getByRole('searchbox', { name: 'Search foods' })).toBeVisible({
    timeout: 30_000,
  })
}

const results = (page: Page) =>
  page.getByRole('list', { name: 'Matching foods' }).getByRole('button')

test.describe('foods catalogue', () => {
  test('search as you type, filter, and open a food with B12 per portion and its source', async ({
    page,
  }) => {
    await openFoods(page)
    const search = page.getByRole('searchbox', { name: 'Search foods' })
    await search.pressSequentially('soy milk')
    await expect(results(page).first()).toContainText(/soy ?milk/i)
    await results(page).first().click()
    const detail = page.getByRole('region', { name: /soy ?milk/i })
    await expect(detail.getByRole('table', { name: /B12 per portion/ })).toBeVisible()
    await expect(detail).toContainText(/Source: USDA/)

    await search.fill('nutritonal yeast')
    await expect(results(page).first()).toContainText(/Nutritional yeast/i)

    await search.fill('seaweed')
    await page.getByRole('combobox', { name: 'B12 source' }).selectOption('not_counted')
    await expect(results(page).first()).toBeVisible()
    for (const text of await results(page).allTextContents()) expect(text).toContain('Not counted')
    await results(page).first().click()
    await expect(page.getByRole('region', { name: /seaweed/i })).toContainText(/counted as 0 µg/)
  })

  test('richest in B12 per serving lists liver and clams near the top', async ({ page }) => {
    await openFoods(page)
    await page.getByRole('combobox', { name: 'Order' }).selectOption('b12')
    await page.getByRole('combobox', { name: 'Show' }).selectOption('food')
    await expect(results(page).first()).toBeVisible()
    const top = (await results(page).allTextContents()).slice(0, 10).join(' | ')
    expect(top).toMatch(/liver|clam/i)
  })

  test('a custom fortified food is validated, saved, and found in search after a reload', async ({
    page,
  }) => {
    await openFoods(page)
    await page.getByRole('button', { name: 'Add your own food' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Fortified hazelnut drink')
    await page.getByRole('textbox', { name: /Serving size/ }).fill('250')
    await page.getByRole('textbox', { name: /Vitamin B12/ }).fill('-1')
    await page.getByRole('button', { name: 'Save food' }).click()
    await expect(page.getByRole('alert')).toContainText('Vitamin B12 cannot be negative.')
    await expectNoAxeViolations(page, 'foods form with errors')

    await page.getByRole('textbox', { name: /Vitamin B12/ }).fill('0.95')
    await page.getByRole('combobox', { name: 'Unit' }).selectOption('ml')
    await page.getByRole('button', { name: 'Save food' }).click()
    const detail = page.getByRole('region', { name: 'Fortified hazelnut drink' })
    await expect(detail).toContainText('Your own food, from a product label')
    await expect(detail.getByRole('row', { name: /1 serving/ })).toContainText('0.95 µg')

    await page.reload()
    await expect(page.getByRole('searchbox', { name: 'Search foods' })).toBeVisible({
      timeout: 30_000,
    })
    await page.getByRole('searchbox', { name: 'Search foods' }).pressSequentially('hazelnut drink')
    await expect(results(page).first()).toContainText('Fortified hazelnut drink')
    await expect(page.getByRole('region', { name: 'Your own foods' })).toContainText(
      'Fortified hazelnut drink',
    )
  })

  for (const size of [100, 200] as const) {
    test(`axe finds nothing on the Foods page with results and details at ${size} %`, async ({
      page,
    }) => {
      await page.goto('/#/settings')
      await page.getByRole('radio', { name: `${size} %` }).check()
      await openFoods(page)
      await page.getByRole('searchbox', { name: 'Search foods' }).fill('salmon')
      await results(page).first().click()
      await expect(page.getByRole('region', { name: /salmon/i })).toBeVisible()
      await expectNoAxeViolations(page, `foods at ${size} %`)
    })
  }
})
