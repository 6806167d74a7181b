import { expect, test, type Locator, type Page } from '@playwright/test'
import { addPerson, expectNoAxeViolations, setTextSize } from './fixtures'

/**
 * Rule base v1.1 as a new household meets it (issue 12): nothing planned is "not known", never
 * zero (§6a.2); a baby gets the clinician step and no meal planning (§6a.3); no dose is shown for
 * a child anywhere (§6a.6); a usual week gives the figures a basis.
 */

/** A dose as advice would word it: "10 µg a day", "500–1000 µg daily", "a 1000 µg B12 tablet"… */
const DOSE =
  /\d[\d,.]*(\s*[–-]\s*\d[\d,.]*)?\s*µg\s+(a day|daily|every day|each day|once|a week|weekly|supplement|B12 tablet|tablet)|supplement of about/i

async function addHousehold(page: Page): Promise<void> {
  await addPerson(page, { name: 'Arthur', age: 75, sex: 'Male', diet: 'Omnivore' })
  await addPerson(page, { name: 'Lily', age: 6, sex: 'Female', diet: 'Vegan' })
  await addPerson(page, { name: 'Mia', age: 0.5, sex: 'Female', diet: 'Vegan' })
}

async function adviceFor(page: Page, name: string): Promise<Locator> {
  await page.goto('/#/household')
  await page.getByRole('link', { name: `Advice for ${name}` }).click()
  await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: /risk/i }).first()).toBeVisible({
    timeout: 30_000,
  })
  return page.getByRole('main')
}

test.describe('honest advice with nothing planned', () => {
  test('no "High risk" from missing meals, the baby’s clinician step, no dose for the child; a usual week gives the basis', async ({
    page,
  }) => {
    await addHousehold(page)

    // Arthur, 75, omnivore, no risk factor but his age: not high risk on unknown intake (§6a.2).
    let main = await adviceFor(page, 'Arthur')
    await expect(main.getByRole('heading', { name: /High risk/ })).toHaveCount(0)
    await expect(
      main.getByText(
        /B12 Planner does not know yet what Arthur usually eats, so it cannot check Arthur's B12 intake/,
      ),
    ).toBeVisible()

    // Lily, 6, vegan: no dose anywhere (§6a.6).
    main = await adviceFor(page, 'Lily')
    await expect(main).not.toContainText(DOSE)
    await expect(main.getByRole('region', { name: /What would change this/ })).toHaveCount(0)
    await page.getByRole('button', { name: /One-page summary/ }).click()
    const summary = page.getByRole('article')
    await expect(summary.getByRole('heading', { name: /summary for Lily/ })).toBeVisible()
    await expect(summary).toContainText(/does not know yet what Lily usually eats/)
    await expect(summary).not.toContainText(DOSE)

    // Mia, 6 months, vegan: the clinician step, and no usual-week question (§6a.3).
    main = await adviceFor(page, 'Mia')
    await expect(main.getByRole('heading', { name: /health visitor/ }).first()).toBeVisible()
    await expect(
      main.getByText(/does not estimate what Mia gets: breast milk and infant formula are outside/),
    ).toBeVisible()
    await expect(main.getByRole('button', { name: 'Describe a usual week' })).toHaveCount(0)
    await expect(main).not.toContainText(DOSE)

    // The Plan page shows no dose for anyone in this household either.
    await page.goto('/#/plan')
    await expect(page.getByRole('heading', { name: 'Weekly plan' })).toBeVisible()
    await expect(page.getByRole('heading', { name: /Mia/ }).first()).toBeVisible()
    await expect(page.getByRole('main')).not.toContainText(DOSE)

    // A usual week for Arthur, through the Advice step.
    main = await adviceFor(page, 'Arthur')
    await main.getByRole('button', { name: 'Describe a usual week' }).click()
    const step = main.getByRole('form', { name: 'What does Arthur usually eat?' })
    await expect(step.getByRole('combobox').first()).toBeFocused()
    await expectNoAxeViolations(page, 'Advice with the usual-week step open')
    await step
      .getByRole('combobox', { name: 'Milk, yogurt or cheese: how often?' })
      .selectOption({ label: 'Every day' })
    await step
      .getByRole('combobox', { name: 'Beef or lamb: how often?' })
      .selectOption({ label: '3–4 days a week' })
    await step.getByRole('button', { name: 'Save the usual week' }).click()
    await expect(main.getByText(/^Based on your usual week/)).toBeVisible()
    await expect(main.getByText("Saved Arthur's usual week.")).toBeVisible()
    await expect(main.locator('.intake-basis').first()).toBeFocused()
    await expect(main.getByRole('heading', { name: /High risk/ })).toHaveCount(0)
    await expectNoAxeViolations(page, 'Advice based on a usual week')
  })

  test('Coverage with nothing known draws no zero charts and links to the usual-week step', async ({
    page,
  }) => {
    await addPerson(page, { name: 'Arthur', age: 75, sex: 'Male', diet: 'Omnivore' })
    await page.goto('/#/coverage')
    await expect(
      page.getByRole('heading', { name: 'No B12 figures for this week yet' }),
    ).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('heading', { name: 'Each day of the week' })).toHaveCount(0)
    await expectNoAxeViolations(page, 'Coverage with unknown intake')
    await page.getByRole('link', { name: 'Describe a usual week for Arthur' }).click()
    const step = page.getByRole('form', { name: 'What does Arthur usually eat?' })
    await expect(step.getByRole('combobox').first()).toBeFocused({ timeout: 30_000 })
    await step
      .getByRole('combobox', { name: 'Fortified breakfast cereal: how often?' })
      .selectOption({ label: 'Every day' })
    await step.getByRole('button', { name: 'Save the usual week' }).click()
    await expect(page.getByText(/^Based on your usual week/)).toBeVisible()
    await page.goto('/#/coverage')
    await expect(page.getByText(/^Based on your usual week/)).toBeVisible({ timeout: 30_000 })
    await expect(page.getByRole('heading', { name: 'Each day of the week' })).toBeVisible()
    await expectNoAxeViolations(page, 'Coverage based on a usual week')
  })

  test('axe finds nothing on the usual-week form, Advice and Coverage at 200 % text', async ({
    page,
  }) => {
    await setTextSize(page, 200)
    await addPerson(page, { name: 'Arthur', age: 75, sex: 'Male', diet: 'Omnivore' })
    await page.getByRole('button', { name: 'Edit Arthur' }).click()
    await page
      .getByRole('combobox', { name: 'Eggs: how often?' })
      .selectOption({ label: '1–2 days a week' })
    await expect(page.getByRole('group', { name: 'With which meals: Eggs' })).toBeVisible()
    await expectNoAxeViolations(page, 'Household form with the usual week at 200 %')
    await adviceFor(page, 'Arthur')
    await page.getByRole('button', { name: 'Describe a usual week' }).click()
    await expectNoAxeViolations(page, 'Advice usual-week step at 200 %')
    await page.goto('/#/coverage')
    await expect(
      page.getByRole('heading', { name: 'No B12 figures for this week yet' }),
    ).toBeVisible({ timeout: 30_000 })
    await expectNoAxeViolations(page, 'Coverage with unknown intake at 200 %')
  })
})
