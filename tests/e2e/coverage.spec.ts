import { expect, test, type Page } from '@playwright/test'
import { addPerson, expectNoAxeViolations, setTextSize } from './fixtures'

/**
 * Plans this week for Rosa straight into IndexedDB (the planner UI is not there yet): fortified
 * soy milk at breakfast and lunch, only at dinner on Tuesday and Saturday, and a 25 µg tablet on
 * Wednesday. Then reloads so the app reads it.
 */
async function planRosasWeek(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const open = indexedDB.open('b12-planner')
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result)
      open.onerror = () => reject(open.error)
    })
    const all = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result)
        request.onerror = () => reject(request.error)
      })
    const profiles = (await all(db.transaction('profiles').objectStore('profiles').getAll())) as {
      id: string
      name: string
    }[]
    const rosa = profiles.find((p) => p.name === 'Rosa')
    if (!rosa) throw new Error('Rosa is not saved')
    const today = new Date()
    const monday = new Date(
      today.getFullYear(),
      today.getMonth(),
      today.getDate() - ((today.getDay() + 6) % 7),
    )
    const iso = (d: Date) =>
      `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    const rows: Record<string, unknown>[] = []
    const soy = (date: string, slot: string) =>
      rows.push({
        id: `e2e-${date}-${slot}`,
        profileId: rosa.id,
        date,
        slot,
        foodId: 'sr28:16139',
        item: { kind: 'food', foodId: 'sr28:16139', grams: 240 },
        locked: false,
      })
    for (let day = 0; day < 7; day++) {
      const date = iso(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + day))
      if (day === 1 || day === 5) soy(date, 'dinner')
      else {
        soy(date, 'breakfast')
        soy(date, 'lunch')
      }
      if (day === 2)
        rows.push({
          id: `e2e-${date}-tablet`,
          profileId: rosa.id,
          date,
          slot: 'breakfast',
          foodId: 'curated:b12-tablet-25-cyanocobalamin',
          item: { kind: 'supplement', foodId: 'curated:b12-tablet-25-cyanocobalamin', units: 1 },
          locked: false,
        })
    }
    const tx = db.transaction('planEntries', 'readwrite')
    for (const row of rows) tx.objectStore('planEntries').put(row)
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve()
      tx.onerror = () => reject(tx.error)
    })
    db.close()
  })
}

async function openCoverage(page: Page): Promise<void> {
  await page.goto('/#/coverage')
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Each day of the week' })).toBeVisible({
    timeout: 30_000,
  })
}

test.describe('coverage', () => {
  test('a planned week: daily bars with the RDA line, a summary naming the short days, and a matching table', async ({
    page,
  }) => {
    await addPerson(page, { name: 'Rosa', age: 72, sex: 'Female', diet: 'Vegan' })
    await planRosasWeek(page)
    await openCoverage(page)
    const daily = page.getByRole('region', { name: 'Each day of the week' })
    await expect(daily.locator('.cov-bar-fortified .recharts-bar-rectangle')).toHaveCount(7)
    await expect(daily.locator('.cov-bar-absorbed .recharts-bar-rectangle')).toHaveCount(7)
    await expect(daily.locator('.recharts-reference-line.cov-rda')).toHaveCount(1)
    await expect(daily.locator('svg.recharts-surface')).toContainText('RDA 2.4 µg')
    await expect(daily.locator('p.chart-summary')).toHaveText(
      'Tuesday and Saturday fall short of the absorbed target of 1.2 µg a day: no B12 at breakfast or lunch.',
    )

    await daily.getByText('Show the numbers').click()
    const table = daily.getByRole('table', { name: /B12 each day for Rosa/ })
    await expect(table).toBeVisible()
    for (const day of ['Tuesday', 'Saturday'])
      await expect(table.getByRole('row', { name: new RegExp(`^${day}`) })).toContainText('2.0 µg')
    await expect(table.getByRole('row', { name: /^Tuesday/ })).toContainText('Short')
    await expect(table.getByRole('row', { name: /^Monday/ })).toContainText(/4\.1 µg.*1\.7 µg.*Yes/)
    await expect(table.getByRole('row', { name: /^Wednesday/ })).toContainText('25 µg')

    // Keyboard: the chart takes focus and the arrow keys open its tooltip.
    await daily.locator('svg.recharts-surface').focus()
    await expect(daily.locator('.chart-tooltip')).toContainText('Monday')
    await page.keyboard.press('ArrowRight')
    await expect(daily.locator('.chart-tooltip')).toContainText(/Tuesday.*Eaten in all2\.0 µg/)

    await expect(page.getByRole('heading', { name: 'Meal by meal on Tuesday' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Week by week' })).toBeVisible()
    // Named as on the shopping list (metric units: UK wording), not by its USDA name.
    await expect(page.getByRole('region', { name: 'Where the B12 comes from' })).toContainText(
      'Soya drink, original and vanilla, fortified with B12',
    )
  })

  for (const size of [100, 200] as const) {
    test(`screenshots and axe at ${size} % text size`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 900 })
      await setTextSize(page, size)
      await addPerson(page, { name: 'Rosa', age: 72, sex: 'Female', diet: 'Vegan' })
      await planRosasWeek(page)
      await openCoverage(page)
      await page.screenshot({ path: `test-results/coverage-${size}.png`, fullPage: true })
      for (const [file, name] of [
        ['daily', 'Each day of the week'],
        ['meals', 'Meal by meal on Tuesday'],
        ['trend', 'Week by week'],
      ] as const) {
        await page
          .getByRole('region', { name })
          .screenshot({ path: `test-results/coverage-${file}-${size}.png` })
      }
      await expectNoAxeViolations(page, `coverage at ${size} %`)
    })
  }

  test('axe finds nothing in high contrast, with the numbers open', async ({ page }) => {
    await page.goto('/#/settings')
    await page.getByRole('checkbox', { name: /High contrast/ }).check()
    await addPerson(page, { name: 'Rosa', age: 72, sex: 'Female', diet: 'Vegan' })
    await planRosasWeek(page)
    await openCoverage(page)
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high')
    for (const summary of await page.getByText('Show the numbers').all()) await summary.click()
    await page.screenshot({ path: 'test-results/coverage-high-contrast.png', fullPage: true })
    await expectNoAxeViolations(page, 'coverage in high contrast')
  })

  test('with no one in the household, the page says what to do first', async ({ page }) => {
    await page.goto('/#/coverage')
    await expect(page.getByText('No one in the household yet')).toBeVisible()
    await expectNoAxeViolations(page, 'coverage, empty')
  })
})
