import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { addPerson, expectNoAxeViolations } from './fixtures'

/** Starter recipes whose fish or seafood makes them pescatarian (not vegetarian) dishes. */
const FISH_RECIPES: ReadonlySet<string> = new Set(
  (
    JSON.parse(
      readFileSync(join(__dirname, '../../resources/recipes/starter-recipes.json'), 'utf8'),
    ) as { recipes: { name: string; diet: string }[] }
  ).recipes
    .filter((r) => r.diet === 'pescatarian')
    .map((r) => r.name),
)

test.describe('household rules', () => {
  test('"fish or seafood at least twice a week" is stored, reads back, and the generated week keeps it', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await addPerson(page, { name: 'Bo', age: 38, sex: 'Female', diet: 'Pescatarian' })
    await page.goto('/#/household')
    await expect(page.getByText(/No rules yet/)).toBeVisible()
    await page.getByRole('button', { name: 'Add a rule' }).click()
    await expect(page.getByRole('combobox', { name: 'Kind of rule' })).toBeFocused()
    await page.getByRole('combobox', { name: 'Meals with' }).selectOption('fish')
    await page.getByRole('textbox', { name: 'Times a week' }).fill('2')
    await page.getByRole('combobox', { name: 'How much it matters' }).selectOption('important')
    await page.getByRole('button', { name: 'Add the rule' }).click()
    await expect(
      page.getByText('Added the rule: Fish or seafood at least twice a week.'),
    ).toBeFocused()
    await expectNoAxeViolations(page, 'household page with a rule')

    // The rule reads back after a reload (it is stored, not only shown).
    await page.reload()
    const rules = page.getByRole('list', { name: 'Household rules' })
    await expect(rules.getByRole('listitem')).toHaveText([
      /Fish or seafood at least twice a week \(important\)\./,
    ])

    await page.goto('/#/plan')
    await page.getByRole('button', { name: 'Generate the week' }).click()
    await expect(page.getByText(/^Done/)).toBeVisible({ timeout: 60_000 })
    // Nothing about the fish rule is reported as broken...
    await expect(
      page.getByText(/Fish or seafood at least twice a week \(important\):/),
    ).toHaveCount(0)
    // ...and the meals the page shows have fish or seafood at least twice.
    const names = (await page.locator('.entry-name').allInnerTexts()).map((n) => n.trim())
    expect(names.length).toBeGreaterThanOrEqual(28)
    expect(names.filter((n) => FISH_RECIPES.has(n)).length).toBeGreaterThanOrEqual(2)
    await expectNoAxeViolations(page, 'plan page after generating with a rule')
  })
})
