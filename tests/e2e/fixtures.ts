import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Runs axe on the page (WCAG 2.x A and AA plus best practices) and expects no violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  )
  expect(summary, `axe violations on ${label}`).toEqual([])
}

export const PAGE_NAMES = [
  { id: 'plan', link: 'Plan', heading: 'Weekly plan' },
  { id: 'coverage', link: 'Coverage', heading: 'B12 coverage' },
  { id: 'advice', link: 'Advice', heading: 'Advice' },
  { id: 'shopping', link: 'Shopping list', heading: 'Shopping list' },
  { id: 'foods', link: 'Foods', heading: 'Foods' },
  { id: 'household', link: 'Household', heading: 'Household' },
  { id: 'settings', link: 'Settings', heading: 'Settings' },
] as const

export interface NewPerson {
  name: string
  age: number
  sex: 'Female' | 'Male'
  /** The diet radio's label: 'Vegan', 'Vegetarian', 'Pescatarian' or 'Omnivore'. */
  diet: string
  /**
   * A medicine typed by a name in the app's list; for an acid reducer, the answer to "For how
   * long?" (left at "Not sure" when not given).
   */
  medicine?: { name: string; duration?: MedicineDuration }
}

export type MedicineDuration = 'Under 1 year' | '1–2 years' | 'Over 2 years' | 'Not sure'

/** Adds a person through the Household page, as a user would, and waits until it is saved. */
export async function addPerson(page: Page, person: NewPerson): Promise<void> {
  await page.goto('/#/household')
  await page.getByRole('button', { name: 'Add a person' }).click()
  await page.getByRole('textbox', { name: 'Name' }).fill(person.name)
  await page.getByRole('textbox', { name: /Age in years/ }).fill(String(person.age))
  await page.getByRole('radio', { name: person.sex, exact: true }).check()
  await page.getByRole('radio', { name: person.diet }).check()
  if (person.medicine) {
    await page.getByRole('textbox', { name: 'Add a medicine' }).fill(person.medicine.name)
    await page.getByRole('button', { name: 'Add medicine' }).click()
    if (person.medicine.duration) {
      await page
        .getByRole('group', { name: `For how long has ${person.medicine.name} been taken?` })
        .getByRole('radio', { name: person.medicine.duration })
        .check()
    }
  }
  await page.getByRole('button', { name: 'Save person' }).click()
  await expect(page.getByText(`Saved ${person.name}.`)).toBeVisible()
}

/** Sets the text size on the Settings page. */
export async function setTextSize(page: Page, size: 100 | 125 | 150 | 175 | 200): Promise<void> {
  await page.goto('/#/settings')
  await page.getByRole('radio', { name: `${size} %` }).check()
}
