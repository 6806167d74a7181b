import { expect, test } from '@playwright/test'
import { addDays, mondayOf, rangeTitle, weekTitle } from '../../src/core/dates'
import { addPerson, expectNoAxeViolations } from './fixtures'

/** Today as the browser sees it (the same machine clock), YYYY-MM-DD. */
function today(): string {
  const d = new Date()
  const pad = (n: number): string => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

test.describe('shopping list over a longer period', () => {
  test('"4 weeks" with one week planned says which weeks are missing; the choice survives a reload; "Plan the week of …" opens the planner there', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    const monday = mondayOf(today())
    const thisWeek = { from: monday, to: addDays(monday, 6) }
    const rest = { from: addDays(monday, 7), to: addDays(monday, 27) }
    const note = `Nothing is planned for ${rangeTitle(rest)}, so this list covers ${rangeTitle(thisWeek)} only.`

    await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
    await page.goto('/#/plan')
    await page.getByRole('button', { name: 'Generate the week' }).click()
    await expect(page.getByText("Done: every day meets everyone's targets.")).toBeVisible({
      timeout: 60_000,
    })

    await page.goto('/#/shopping')
    // The on-screen notice (the print-only page repeats its words).
    const notice = page.locator('.shop-period-live')
    await expect(page.locator('.shop-list .shop-line').first()).toBeVisible()
    const weeks = page.getByRole('combobox', { name: 'How long to shop for' })
    await weeks.focus()
    await weeks.selectOption('4')
    // The list rebuilds under the control; focus stays where the person is.
    await expect(notice.getByText(note)).toBeVisible()
    await expect(weeks).toBeFocused()
    // The heading names the week the list covers, never the four weeks chosen.
    await expect(page.getByRole('heading', { level: 2, name: rangeTitle(thisWeek) })).toBeVisible()
    await expectNoAxeViolations(page, 'shopping list with missing weeks')
    await page.screenshot({ path: 'test-results/shopping-period.png' })

    await page.reload()
    await expect(page.getByRole('combobox', { name: 'How long to shop for' })).toHaveValue('4')
    await expect(notice.getByText(note)).toBeVisible()

    // Counting the planned week for the missing ones: the note says so and the heading covers all four.
    await page
      .getByRole('button', { name: 'Count the planned meals on the same weekdays for those days' })
      .click()
    await expect(
      page.getByRole('button', { name: 'Stop counting planned meals for those days' }),
    ).toBeFocused()
    await expect(
      notice.getByText(
        `Nothing is planned for ${rangeTitle(rest)}: this list counts the meals planned for ${rangeTitle(thisWeek)} again on the same weekdays.`,
      ),
    ).toBeVisible()
    await expect(
      page.getByRole('heading', { level: 2, name: rangeTitle({ from: monday, to: rest.to }) }),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Stop counting planned meals for those days' }).click()
    await expect(notice.getByText(note)).toBeVisible()

    const next = addDays(monday, 7)
    await page
      .getByRole('link', { name: `Plan the ${weekTitle(next).replace(/^Week/, 'week')}` })
      .click()
    const heading = page.getByRole('heading', { level: 2, name: weekTitle(next) })
    await expect(heading).toBeVisible()
    await expect(heading).toBeFocused()
  })
})
