import { readFileSync, writeFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { addPerson, expectNoAxeViolations } from './fixtures'

/** Ana's breakfast on the Monday of the week shown. */
const mondayBreakfast = (page: Page) =>
  page
    .locator('section.day')
    .first()
    .locator('.day-person', { has: page.getByRole('heading', { name: 'Ana' }) })
    .locator('.slot', { has: page.getByRole('heading', { name: 'Breakfast' }) })

async function planPorridge(page: Page): Promise<string> {
  await page.goto('/#/plan')
  const breakfast = mondayBreakfast(page)
  await breakfast.getByRole('button', { name: /^Add/ }).click()
  await breakfast.getByRole('searchbox', { name: 'Find a recipe' }).fill('porridge')
  await breakfast.getByRole('list', { name: 'Choices' }).getByRole('button').first().click()
  await breakfast.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(breakfast.locator('.entry')).toHaveCount(1)
  return (await breakfast.locator('.entry-name').first().innerText()).trim()
}

/** Ticks the first item on this week's shopping list; returns its checkbox's accessible name. */
async function tickFirstShoppingItem(page: Page): Promise<string> {
  await page.goto('/#/shopping')
  // Line checkboxes (not the "whose meals" choices above the list).
  const first = page.locator('input[type="checkbox"][id^="shop-check-"]').first()
  await expect(first).not.toBeChecked()
  const name = await first.evaluate((el) => (el as HTMLInputElement).labels?.[0]?.textContent ?? '')
  expect(name.trim()).not.toBe('')
  await first.check()
  await expect(page.getByRole('checkbox', { name: name.trim(), exact: true })).toBeChecked()
  return name.trim()
}

async function restoreFrom(page: Page, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Restore from a file…' }).click()
  await (await chooser).setFiles(file)
}

async function expectHousehold(page: Page, names: string[]): Promise<void> {
  await page.goto('/#/household')
  await expect(page.getByRole('heading', { name: 'Household', level: 1 })).toBeVisible()
  for (const name of names)
    await expect(page.getByRole('heading', { name, exact: true })).toBeVisible()
}

test.describe('backup and restore', () => {
  test('export everything, delete it all, restore the download, refuse a corrupted file', async ({
    page,
  }, testInfo) => {
    test.setTimeout(120_000)
    await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
    await addPerson(page, { name: 'Walter', age: 78, sex: 'Male', diet: 'Omnivore' })
    const planned = await planPorridge(page)
    const ticked = await tickFirstShoppingItem(page)
    await page.goto('/#/settings')
    await page.getByRole('radio', { name: '125 %' }).check()

    // Export: a browser download of one JSON file.
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export all my data' }).click()
    const file = testInfo.outputPath('backup.json')
    await (await download).saveAs(file)
    const text = readFileSync(file, 'utf8')
    expect(JSON.parse(text).counts).toMatchObject({
      profiles: 2,
      planEntries: 1,
      shoppingState: 1,
      settings: 1,
    })
    await expect(
      page
        .getByRole('status')
        .filter({ hasText: 'Saved a backup of all your data (2 people, 1 planned meal).' }),
    ).toBeVisible()
    await expect(page.getByText(/Automatic backups are made only by the desktop app/)).toBeVisible()
    await expectNoAxeViolations(page, 'settings with backup, automatic backups and delete sections')

    // Delete all my data, with the typed confirmation.
    const remove = page.getByRole('button', { name: 'Delete all my data' })
    await expect(remove).toBeDisabled()
    await page.getByRole('textbox', { name: /Type DELETE to confirm/ }).fill('DELETE')
    await remove.click()
    await expect(page.getByText(/All your data was deleted from this computer/)).toBeVisible()
    await expect(page.getByRole('radio', { name: '100 %' })).toBeChecked()
    await page.goto('/#/household')
    await expect(page.getByText('No people added yet')).toBeVisible()

    // Restore the downloaded file: preview first, then replace.
    await page.goto('/#/settings')
    await restoreFrom(page, file)
    const preview = page.getByRole('region', { name: 'Restore backup.json?' })
    await expect(
      preview.getByText(/2 people \(Ana, Walter\), 0 recipes, 1 week of plans and 0 own foods\./),
    ).toBeVisible()
    await expectNoAxeViolations(page, 'settings with a restore preview')
    await preview.getByRole('button', { name: 'Restore' }).click()
    await expect(
      page.getByText('Your data was replaced by the backup: 2 people, 1 planned meal.'),
    ).toBeVisible()
    await expect(page.getByRole('radio', { name: '125 %' })).toBeChecked()
    await expectHousehold(page, ['Ana', 'Walter'])
    await page.goto('/#/plan')
    await expect(mondayBreakfast(page).locator('.entry-name').first()).toHaveText(planned)
    await page.goto('/#/shopping')
    await expect(page.getByRole('checkbox', { name: ticked, exact: true })).toBeChecked()
    await expect(page.locator('input[type="checkbox"][id^="shop-check-"]:checked')).toHaveCount(1)

    // A corrupted file: a plain message, and nothing changes.
    const broken = testInfo.outputPath('broken.json')
    writeFileSync(broken, text.slice(0, Math.floor(text.length / 2)))
    await page.goto('/#/settings')
    await restoreFrom(page, broken)
    await expect(page.getByRole('alert')).toHaveText(
      'This file is not a B12 Planner backup. It is not complete or not in the right format (it may have been cut short). Nothing was changed.',
    )
    await expect(page.getByRole('region', { name: /^Restore / })).toHaveCount(0)
    const hostile = testInfo.outputPath('hostile.json')
    writeFileSync(hostile, text.replace('"name":"Ana"', '"name":"Ana","__proto__":{"admin":true}'))
    await restoreFrom(page, hostile)
    await expect(page.getByRole('alert')).toHaveText(
      'This backup cannot be used: it contains a forbidden name ("__proto__"). Nothing was changed.',
    )
    await expectHousehold(page, ['Ana', 'Walter'])
    await page.goto('/#/plan')
    await expect(mondayBreakfast(page).locator('.entry-name').first()).toHaveText(planned)
  })
})
