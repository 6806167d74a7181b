import { readFileSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { parseCsv } from './csv'
import { addPerson, expectNoAxeViolations } from './fixtures'

async function csvItems(page: Page): Promise<string[]> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save as spreadsheet (CSV)' }).click(),
  ])
  const rows = parseCsv(readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, ''))
  expect(rows[0]?.[1]).toBe('Item')
  return rows.slice(1).map((r) => r[1] ?? '')
}

function expectShopNames(items: readonly string[]): void {
  expect(items.length).toBeGreaterThan(5)
  for (const item of items) {
    expect(item, item).not.toMatch(/\b(cooked|raw|NFS|mature seeds)\b/i)
    // All-caps words are how the USDA writes brands (SILK, KELLOGG'S); B12 has a digit.
    expect(item, item).not.toMatch(/\b[A-Z]{2,}\b/)
  }
}

test('the shopping list and its CSV use shop names in UK and US wording; the USDA name is in More', async ({
  page,
}) => {
  test.setTimeout(180_000)
  await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
  await addPerson(page, { name: 'Walter', age: 78, sex: 'Male', diet: 'Omnivore' })
  await page.goto('/#/plan')
  await page.getByRole('button', { name: 'Generate the week' }).click()
  await expect(page.getByText("Done: every day meets everyone's targets.")).toBeVisible({
    timeout: 60_000,
  })
  await page.goto('/#/shopping')
  const lines = page.locator('.shop-list .shop-line')
  await expect(lines.first()).toBeVisible()

  const metric = await csvItems(page)
  expectShopNames(metric)
  for (const item of metric) expect(item, item).not.toMatch(/\b(canned|zucchini|soy milk)\b/i)

  // The USDA name is one click away, in the line's More panel.
  const usda = lines.filter({ has: page.getByRole('button', { name: /^More for / }) }).first()
  await usda.getByRole('button', { name: /^More for / }).click()
  await expect(usda.getByText(/^USDA name: /)).toBeVisible()
  await expectNoAxeViolations(page, 'shopping list with a line open')

  await page.getByRole('radio', { name: /US/ }).click()
  await expect(page.getByRole('radio', { name: /US/ })).toBeChecked()
  const us = await csvItems(page)
  expectShopNames(us)
  for (const item of us) expect(item, item).not.toMatch(/\b(tinned|courgettes?|soya)\b/i)
  expect(us).toHaveLength(metric.length)
})
