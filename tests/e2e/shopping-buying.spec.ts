import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { parseCsv } from './csv'
import { addPerson } from './fixtures'

/** The CSV's rows as objects by header (Aisle, Item, Quantity, Unit, Packages, Checked, Source recipes, Notes). */
async function csvRows(page: Page): Promise<Record<string, string>[]> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as spreadsheet (CSV)' }).click(),
  ])
  const [head, ...rows] = parseCsv(readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, ''))
  return rows.map((r) => Object.fromEntries((head ?? []).map((h, i) => [h, r[i] ?? ''])))
}

async function generate(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Generate the week' }).click()
  await expect(page.getByText(/^Done/)).toBeVisible({ timeout: 60_000 })
  await page.getByRole('button', { name: 'Close this message' }).click()
}

/** Adds a starter recipe to one of Ana's meals on the first day shown. */
async function addToAna(page: Page, meal: string, search: string): Promise<void> {
  const ana = page
    .locator('section.day')
    .first()
    .locator('.day-person', { has: page.getByRole('heading', { name: 'Ana' }) })
  const slot = ana.locator('.slot', { has: page.getByRole('heading', { name: meal }) })
  const before = await slot.locator('.entry').count()
  await slot.getByRole('button', { name: /^Add/ }).click()
  await slot.getByRole('searchbox', { name: 'Find a recipe' }).fill(search)
  await slot.getByRole('list', { name: 'Choices' }).getByRole('button').first().click()
  await slot.getByRole('button', { name: 'Add', exact: true }).click()
  await expect(slot.locator('.entry')).toHaveCount(before + 1)
}

test('four people, two weeks planned: the CSV lists what is bought, in shop names, metric then US', async ({
  page,
}) => {
  test.setTimeout(240_000)
  await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
  await addPerson(page, { name: 'Walter', age: 78, sex: 'Male', diet: 'Omnivore' })
  await addPerson(page, { name: 'Lea', age: 30, sex: 'Female', diet: 'Vegetarian' })
  await addPerson(page, { name: 'Tom', age: 9, sex: 'Male', diet: 'Vegan' })
  await page.goto('/#/plan')
  await generate(page)
  // Rice cooked in a dahl and soy milk in overnight oats, so both are surely on the list.
  await addToAna(page, 'Lunch', 'red lentil dahl')
  await addToAna(page, 'Breakfast', 'overnight oats with fortified soy')
  await page.getByRole('button', { name: 'Next week' }).click()
  await generate(page)

  await page.goto('/#/shopping')
  await page
    .getByRole('combobox', { name: 'How long to shop for' })
    .selectOption({ label: '2 weeks' })
  await expect(page.getByText(/Nothing is planned for/)).toHaveCount(0)
  await expect(page.locator('.shop-list .shop-line').first()).toBeVisible()

  const check = (rows: Record<string, string>[]) => {
    expect(rows.length).toBeGreaterThan(20)
    for (const r of rows) {
      const line = [r['Item'], r['Quantity'], r['Unit'], r['Packages'], r['Notes']].join(' | ')
      expect(line, line).not.toMatch(/\b(cooked|raw|NFS|mature seeds)\b/i)
      // All-caps words are how the USDA writes brands (SILK, KELLOGG'S); "B12" has a digit.
      expect(r['Item'], line).not.toMatch(/\b[A-Z]{2,}\b/)
    }
  }
  const rice = (rows: Record<string, string>[]) =>
    rows.filter((r) => /brown rice/i.test(r['Item'] ?? ''))
  const soy = (rows: Record<string, string>[]) =>
    rows.filter((r) => /\bsoya? (milk|drink)\b/i.test(r['Item'] ?? ''))

  const metric = await csvRows(page)
  check(metric)
  expect(rice(metric)).toHaveLength(1)
  expect(rice(metric)[0]!['Unit']).toMatch(/^(g|kg)$/)
  expect(soy(metric).length).toBeGreaterThanOrEqual(1)
  for (const r of soy(metric)) expect(r['Unit'], r['Item']).toMatch(/^(L|ml)$/)

  await page.getByRole('radio', { name: /US/ }).click()
  await expect(page.getByRole('radio', { name: /US/ })).toBeChecked()
  const us = await csvRows(page)
  check(us)
  expect(rice(us)).toHaveLength(1)
  expect(rice(us)[0]!['Unit']).toMatch(/^(oz|lb)$/)
  for (const r of soy(us)) expect(r['Unit'], r['Item']).toMatch(/^(qt|gal|fl oz)$/)
  expect(us).toHaveLength(metric.length)
})
