import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { addPerson, expectNoAxeViolations } from './fixtures'

/** Rosa, 72, vegan, taking Glucophage. */
async function addRosa(page: Page): Promise<void> {
  await addPerson(page, { name: 'Rosa', age: 72, sex: 'Female', diet: 'Vegan', medicine: { name: 'Glucophage' } })
}

test.describe('household and advice', () => {
  test('a 72-year-old vegan on Glucophage with nothing planned: high risk, reasons, sources; one click adds 1000 µg', async ({ page }) => {
    await addRosa(page)
    await page.getByRole('link', { name: 'Advice for Rosa' }).click()
    await expect(page.getByRole('heading', { name: /High risk/ })).toBeVisible({ timeout: 30_000 })
    for (const reason of ['B12 well below your need', 'Age over 50', 'Metformin']) {
      await expect(page.getByText(reason, { exact: true })).toBeVisible()
    }
    const why = page.locator('details', { hasText: 'Why? (Metformin)' })
    await why.getByText('Why? (Metformin)').click()
    await expect(why.getByText(/Medicines and Healthcare products Regulatory Agency/)).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Ask about a B12 test' })).toBeVisible()
    await expect(page.getByRole('heading', { name: 'Keep taking your medicines' })).toBeVisible()
    await expect(page.getByRole('row', { name: /Absorbed estimate, share of need/ })).toContainText('0 %')

    await page.getByRole('button', { name: /Add a 1000 µg B12 tablet every day with breakfast/ }).click()
    await expect(page.getByRole('heading', { name: /Moderate risk/ })).toBeVisible()
    await expect(page.getByRole('row', { name: /Absorbed estimate, share of need/ })).toContainText('958 %')
    await expect(page.getByText('Vegan diet, B12 covered', { exact: true })).toBeVisible()
  })

  test('the doctor summary prints to a PDF whose text has the details, reasons and questions', async ({ page }) => {
    await addRosa(page)
    await page.getByRole('link', { name: 'Advice for Rosa' }).click()
    await page.getByRole('button', { name: /One-page summary/ }).click()
    await expect(page.getByRole('heading', { name: 'Vitamin B12 summary for Rosa' })).toBeVisible()
    await expectNoAxeViolations(page, 'doctor summary')
    await page.emulateMedia({ media: 'print' })
    const file = join(mkdtempSync(join(tmpdir(), 'b12-e2e-')), 'summary.pdf')
    await page.pdf({ path: file, format: 'A4', printBackground: true })
    expect(readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
    // Words only: the PDF wraps lines wherever the page width ends.
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    expect(text).toContain('Vitamin B12 summary for Rosa')
    expect(text).toMatch(/Glucophage \(metformin\)/)
    expect(text).toMatch(/High risk/)
    expect(text).toMatch(/Should my B12 be checked regularly\?/)
    expect(text).toMatch(/It cannot diagnose deficiency/)
    expect(text).not.toMatch(/Save as PDF/)
  })

  for (const size of [100, 200] as const) {
    test(`axe finds nothing on Household (with the form) and Advice at ${size} %`, async ({ page }) => {
      await page.goto('/#/settings')
      await page.getByRole('radio', { name: `${size} %` }).check()
      await addRosa(page)
      await page.getByRole('button', { name: 'Edit Rosa' }).click()
      await page.getByRole('textbox', { name: /Age in years/ }).fill('200')
      await page.getByRole('button', { name: 'Save changes' }).click()
      await expect(page.getByRole('alert')).toContainText('Age must be between 0 and 120 years.')
      await expectNoAxeViolations(page, `household form with errors at ${size} %`)
      await page.goto('/#/advice')
      await expect(page.getByRole('heading', { name: /High risk/ })).toBeVisible({ timeout: 30_000 })
      await expectNoAxeViolations(page, `advice at ${size} %`)
    })
  }
})
