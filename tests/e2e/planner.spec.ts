import { expect, test, type Page } from '@playwright/test'
import { addPerson, expectNoAxeViolations } from './fixtures'

const tuesday = (page: Page) => page.locator('section.day').nth(1)
const dinnerOf = (page: Page, name: string) =>
  tuesday(page)
    .locator('.day-person', { has: page.getByRole('heading', { name }) })
    .locator('.slot', { has: page.getByRole('heading', { name: 'Dinner' }) })

test.describe('weekly planner', () => {
  test('generate a week for a vegan and an older omnivore on omeprazole; lock, regenerate, edit by keyboard', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
    await addPerson(page, {
      name: 'Walter',
      age: 78,
      sex: 'Male',
      diet: 'Omnivore',
      medicine: { name: 'omeprazole', duration: 'Over 2 years' },
    })
    await page.goto('/#/plan')
    await page.getByRole('button', { name: 'Generate the week' }).click()
    await expect(page.getByText("Done: every day meets everyone's targets.")).toBeVisible({
      timeout: 60_000,
    })

    const summaries = page.locator('.day-summary')
    await expect(summaries).toHaveCount(14)
    for (const text of await summaries.allInnerTexts()) expect(text).toContain('target met')

    // Lock Tuesday's dinner for Ana, then regenerate the week with a different seed.
    const dinner = dinnerOf(page, 'Ana')
    const lockedName = (await dinner.locator('.entry-name').first().innerText()).trim()
    // Servings, grams, kcal, protein and B12: the whole meal line must survive, not just the name.
    const lockedFacts = (await dinner.locator('.entry-facts').first().innerText()).trim()
    await dinner.getByRole('button', { name: /^Lock/ }).first().click()
    await expect(dinner.getByText('Locked')).toBeVisible()
    const before = await page.locator('.entry-name').allInnerTexts()
    await page.getByRole('button', { name: 'Close this message' }).click()
    await page.getByRole('button', { name: 'Try a different week' }).click()
    await expect(page.getByText("Done: every day meets everyone's targets.")).toBeVisible({
      timeout: 60_000,
    })
    await expect(dinner.locator('.entry-name').first()).toHaveText(lockedName)
    await expect(dinner.locator('.entry-facts').first()).toHaveText(lockedFacts)
    await expect(dinner.getByText('Locked')).toBeVisible()
    expect(await page.locator('.entry-name').allInnerTexts()).not.toEqual(before)

    // Edit a serving with the keyboard only.
    const lunch = tuesday(page)
      .locator('.day-person')
      .first()
      .locator('.slot', { has: page.getByRole('heading', { name: 'Lunch' }) })
    const change = lunch.getByRole('button', { name: /^Change amount/ }).first()
    await change.focus()
    await page.keyboard.press('Enter')
    const amount = lunch.getByRole('textbox', { name: /Servings of/ })
    await expect(amount).toBeFocused()
    await page.keyboard.press('Control+A')
    await page.keyboard.type('2')
    await page.keyboard.press('Enter')
    await expect(lunch.locator('.entry-amount').first()).toHaveText('2 servings')
    await expect(page.getByText(/Changed .* on Tuesday lunch/)).toBeVisible()

    // An impossible amount is refused with a message and nothing changes.
    await lunch
      .getByRole('button', { name: /^Change amount/ })
      .first()
      .click()
    await lunch.getByRole('textbox', { name: /Servings of/ }).fill('40')
    await page.keyboard.press('Enter')
    await expect(lunch.getByText('Servings must be between 0.25 and 10.')).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(lunch.locator('.entry-amount').first()).toHaveText('2 servings')
    await expectNoAxeViolations(page, 'planner with a generated week')
  })

  test('§6a.3 a 6-month-old is shown with the reason and no meal controls; only the adult is planned', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
    await addPerson(page, { name: 'Mia', age: 0.5, sex: 'Female', diet: 'Vegan' })
    await page.goto('/#/plan')

    const notice = page.getByRole('region', { name: 'No meals planned for Mia' })
    await expect(notice).toContainText(
      "B12 Planner does not plan meals for babies under 1: breast milk and infant formula are outside what it can plan. Talk to your health visitor or the baby's clinician about how the baby gets B12.",
    )
    const miaMonday = page
      .locator('section.day')
      .first()
      .locator('.day-person', { has: page.getByRole('heading', { name: 'Mia' }) })
    await expect(miaMonday).toContainText(
      'No meals planned: B12 Planner does not plan meals for babies under 1.',
    )
    await expect(miaMonday.getByRole('button')).toHaveCount(0)
    // No add, suggest or regenerate control anywhere names Mia; Ana has hers.
    await expect(page.getByRole('button', { name: /Mia/ })).toHaveCount(0)
    await expect(page.getByRole('button', { name: /Add to Ana's breakfast/ })).toHaveCount(7)
    await expectNoAxeViolations(page, 'planner with a baby in the household')

    // Shown alone, the baby leaves no one to plan for, and the button says why.
    await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Mia' })
    const generateButton = page.getByRole('button', { name: 'Generate the week' })
    await expect(generateButton).toBeDisabled()
    await expect(generateButton).toHaveAccessibleDescription(
      'There is no one to plan meals for: B12 Planner does not plan meals for babies under 1.',
    )
    await expect(page.getByRole('button', { name: /^Add/ })).toHaveCount(0)

    // For everyone, the generator plans Ana and names Mia as not planned.
    await page.getByRole('combobox', { name: 'Show' }).selectOption({ label: 'Everyone' })
    await generateButton.click()
    await expect(
      page.getByText('Done: every day meets the targets of everyone planned for.'),
    ).toBeVisible({ timeout: 60_000 })
    await expect(
      page.getByText('Not planned: Mia. B12 Planner does not plan meals for babies under 1.'),
    ).toBeVisible()
    await expect(miaMonday.locator('.entry')).toHaveCount(0)
    await expect(page.locator('.day-summary')).toHaveCount(7)

    // The notice leads to the baby's own advice.
    await notice.getByRole('link', { name: "See Mia's advice" }).click()
    await expect(page).toHaveURL(/#\/advice\?person=/)
    await expect(page.getByRole('heading', { name: 'Advice', level: 1 })).toBeVisible()
  })

  test('move and copy entries with the keyboard, clear a day and undo', async ({ page }) => {
    await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
    await page.goto('/#/plan')
    const monday = page.locator('section.day').first()
    const breakfast = monday.locator('.slot', {
      has: page.getByRole('heading', { name: 'Breakfast' }),
    })
    await breakfast.getByRole('button', { name: /^Add/ }).click()
    await breakfast.getByRole('searchbox', { name: 'Find a recipe' }).fill('porridge')
    await breakfast.getByRole('list', { name: 'Choices' }).getByRole('button').first().click()
    await breakfast.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(breakfast.locator('.entry')).toHaveCount(1)

    await breakfast.getByRole('button', { name: /^Move or copy/ }).click()
    await breakfast.getByRole('combobox', { name: 'Meal' }).selectOption('snack')
    await breakfast.getByRole('button', { name: 'Copy here' }).click()
    const snack = monday.locator('.slot', { has: page.getByRole('heading', { name: 'Snack' }) })
    await expect(snack.locator('.entry')).toHaveCount(1)
    await expect(breakfast.locator('.entry')).toHaveCount(1)

    await monday.getByText(/More for Monday/).click()
    await monday.getByRole('button', { name: 'Clear this day' }).click()
    await expect(monday.locator('.entry')).toHaveCount(0)
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(monday.locator('.entry')).toHaveCount(2)
    await expectNoAxeViolations(page, 'planner with the add form used')
  })
})
