import { expect, test } from '@playwright/test'
import { addPerson, expectNoAxeViolations } from './fixtures'

test.describe('plan next week like this week', () => {
  test('a generated week copied into next week, moved round, with Undo; the allergy field asks which nuts', async ({
    page,
  }) => {
    await addPerson(page, { name: 'Ana', age: 40, sex: 'Female', diet: 'Vegan' })

    // the allergy field says what a word keeps out, and asks which nuts are meant
    await page.getByRole('button', { name: 'Edit Ana' }).click()
    const allergies = page.getByRole('textbox', { name: /Allergies/ })
    await allergies.fill('oats, nuts')
    await expect(page.getByText(/oat flakes, porridge, oat drink, oat bran/)).toBeVisible()
    const which = page.getByRole('group', { name: 'Which nuts?' })
    await expectNoAxeViolations(page, 'person form with the nuts question')
    await which.getByRole('radio', { name: 'Tree nuts only' }).check()
    await which.getByRole('button', { name: 'Use this answer' }).click()
    await expect(allergies).toHaveValue('oats, tree nuts')
    await expect(allergies).toBeFocused()
    await page.getByRole('button', { name: 'Save changes' }).click()

    await page.goto('/#/plan')
    await page.getByRole('button', { name: 'Generate the week' }).click()
    await expect(page.getByText(/^Done/)).toBeVisible({ timeout: 60_000 })
    const thisWeek = await page.locator('.week-grid').innerText()

    await page.getByRole('button', { name: 'Next week' }).click()
    // the generation's message belongs to the week it planned
    await expect(page.getByRole('button', { name: 'Undo the new plan' })).toHaveCount(0)
    const open = page.getByRole('button', { name: 'Plan this week like another week' })
    await open.click()
    await expect(page.getByRole('combobox', { name: 'Copy the meals of' })).toHaveValue(/\d{4}-/)
    const days = page.getByRole('combobox', { name: 'On which days' })
    await days.selectOption({ index: 2 })
    await expect(days).toHaveAccessibleDescription(/repeat/)
    await expectNoAxeViolations(page, 'plan page with the repeat-week panel')
    await page.getByRole('button', { name: 'Copy into this week' }).click()
    await expect(
      page.getByText(/^Copied the week from Monday .* each day moved on 2 days/),
    ).toBeVisible()
    await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeFocused()
    const nextWeek = await page.locator('.week-grid').innerText()
    expect(nextWeek).not.toBe(thisWeek)
    await expect(page.locator('li.entry')).toHaveCount(28)

    await page.getByRole('button', { name: 'Undo', exact: true }).click()
    await expect(page.locator('li.entry')).toHaveCount(0)
    await expect(open).toBeEnabled()
  })
})
