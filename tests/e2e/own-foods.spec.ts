import { expect, test } from '@playwright/test'
import { addPerson, expectNoAxeViolations } from './fixtures'

/**
 * A person's own foods from a label: an implausible B12 amount is questioned (not blocked), a
 * decimal comma is read, and a drink entered per 100 ml is planned and listed in millilitres.
 */
test.describe('own foods from a label', () => {
  test('B12 above 100 µg per 100 g asks to confirm; a drink per ml is planned and shopped in ml', async ({
    page,
  }) => {
    await page.goto('/#/foods')
    await expect(page.getByRole('searchbox', { name: 'Search foods' })).toBeVisible({
      timeout: 30_000,
    })

    await page.getByRole('button', { name: 'Add your own food' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Yeast flakes with B12')
    await page.getByRole('textbox', { name: /Serving size/ }).fill('5')
    await page.getByRole('textbox', { name: /Vitamin B12/ }).fill('7,5')
    await page.getByRole('button', { name: 'Save food' }).click()
    const caution = page.getByRole('region', { name: 'Please check the B12 amount' })
    await expect(caution).toContainText('This works out at 150 µg of B12 per 100 g.')
    await expect(page.getByRole('heading', { name: 'Please check the B12 amount' })).toBeFocused()
    await expectNoAxeViolations(page, 'custom food caution')
    await caution.getByRole('button', { name: 'Yes, save it as entered' }).click()
    await expect(
      page
        .getByRole('region', { name: 'Yeast flakes with B12' })
        .getByRole('row', { name: /1 serving/ }),
    ).toContainText('7.50 µg')

    await page.getByRole('button', { name: 'Add your own food' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Oat drink with B12')
    await page.getByRole('textbox', { name: /Serving size/ }).fill('250')
    await page.getByRole('combobox', { name: 'Unit' }).selectOption('ml')
    await page.getByRole('textbox', { name: /Vitamin B12/ }).fill('0,95')
    await page.getByRole('combobox', { name: 'Shopping aisle' }).selectOption('dairy')
    await page.getByRole('button', { name: 'Save food' }).click()
    await expect(
      page
        .getByRole('region', { name: 'Oat drink with B12' })
        .getByRole('table', { name: 'Per 100 ml, from your label' }),
    ).toBeVisible()

    await addPerson(page, { name: 'Mia', age: 40, sex: 'Female', diet: 'Vegan' })
    await page.goto('/#/plan')
    const monday = page.locator('section.day').first()
    const breakfast = monday.locator('.slot', {
      has: page.getByRole('heading', { name: 'Breakfast' }),
    })
    await breakfast.getByRole('button', { name: /^Add/ }).click()
    await breakfast.getByRole('radio', { name: 'A food' }).check()
    await breakfast.getByRole('searchbox', { name: 'Find a food' }).fill('oat drink with b12')
    await breakfast
      .getByRole('list', { name: 'Choices' })
      .getByRole('button', { name: 'Oat drink with B12' })
      .click()
    const amount = breakfast.getByRole('textbox', { name: 'Millilitres of Oat drink with B12' })
    await amount.fill('300')
    await breakfast.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(breakfast.locator('.entry')).toContainText('300 ml')

    await page.goto('/#/shopping')
    const line = page.getByRole('listitem').filter({ hasText: 'Oat drink with B12' }).first()
    await expect(line).toContainText(/300 ml/)
    await expect(line).not.toContainText(/300 g/)
  })
})
