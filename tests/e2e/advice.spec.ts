import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { addPerson, expectNoAxeViolations } from './fixtures'

/** Rosa, 72, vegan, taking Glucophage. */
async function addRosa(page: Page): Promise<void> {
  await addPerson(page, {
    name: 'Rosa',
    age: 72,
    sex: 'Female',
    diet: 'Vegan',
    medicine: { name: 'Glucophage' },
  })
}

test.describe('household and advice', () => {
  test('§6a.2 a 72-year-old vegan on Glucophage with nothing planned: high from three known factors, intake "not known yet", the dose of her own code; a usual week makes it moderate', async ({
    page,
  }) => {
    await addRosa(page)
    await page.getByRole('link', { name: 'Advice for Rosa' }).click()
    const main = page.getByRole('main')
    // Two moderates (age, metformin) plus a vegan diet with no known B12 source: high under v1.1 too,
    // but not because missing meals are read as zero intake.
    await expect(main.getByRole('heading', { name: /High risk/ })).toBeVisible({ timeout: 30_000 })
    for (const reason of [
      'Age over 50',
      'Metformin',
      'Plant-based diet, B12 sources not known yet',
    ]) {
      await expect(main.getByText(reason, { exact: true })).toBeVisible()
    }
    await expect(main.getByText('B12 well below your need', { exact: true })).toHaveCount(0)
    await expect(
      main.getByRole('row', { name: /B12 eaten or taken, a day on average/ }),
    ).toContainText('not known yet')
    await expect(main.getByRole('row', { name: /Absorbed estimate, share of need/ })).toHaveCount(0)
    const why = main.locator('details', { hasText: 'Why? (Metformin)' })
    await why.getByText('Why? (Metformin)').click()
    await expect(why.getByText(/Medicines and Healthcare products Regulatory Agency/)).toBeVisible()
    await expect(main.getByRole('heading', { name: 'Ask about a B12 test' })).toBeVisible()
    await expect(main.getByRole('heading', { name: 'Keep taking your medicines' })).toBeVisible()
    // §6a.6: the only dose is HIGH_DOSE_ORAL's own, and the one-click tablet is that dose.
    await expect(
      main.getByRole('heading', { name: 'What could help: A higher-dose B12 tablet' }),
    ).toBeVisible()
    const change = main.getByRole('region', { name: 'What would change this' })
    await expect(change).toContainText('cannot be estimated until what is eaten is known')
    await expectNoAxeViolations(page, 'advice with unknown intake')

    await change
      .getByRole('button', { name: /Add a 1000 µg B12 tablet every day with breakfast/ })
      .click()
    await expect(
      change.getByText(/^Added a 1000 µg B12 tablet every day with breakfast/),
    ).toBeFocused()
    await expect(change.getByRole('button', { name: /Add a 1000 µg B12 tablet/ })).toHaveCount(0)

    // A usual week with fortified soy milk every day: now the figures have a basis.
    await main.getByRole('button', { name: 'Describe a usual week' }).click()
    const step = main.getByRole('form', { name: 'What does Rosa usually eat?' })
    await step
      .getByRole('combobox', { name: /Fortified plant milk.*how often\?/ })
      .selectOption({ label: 'Every day' })
    await step.getByRole('button', { name: 'Save the usual week' }).click()
    await expect(main.getByText(/^Based on your usual week/)).toBeVisible()
    await expect(main.getByRole('heading', { name: /Moderate risk/ })).toBeVisible()
    await expect(main.getByText('Vegan diet, B12 covered', { exact: true })).toBeVisible()
    await expect(
      main.getByText('Plant-based diet, B12 sources not known yet', { exact: true }),
    ).toHaveCount(0)
    await expect(main.getByRole('row', { name: /Absorbed estimate, share of need/ })).toContainText(
      /\d+ %/,
    )
  })

  test('§6a.7 folic acid of 5 mg: keep a prescribed dose and ask the prescriber; nitrous oxide: homocysteine or methylmalonic acid first', async ({
    page,
  }) => {
    await addPerson(page, { name: 'Nora', age: 30, sex: 'Female', diet: 'Omnivore' })
    await page.getByRole('button', { name: 'Edit Nora' }).click()
    await page.getByRole('textbox', { name: /folic acid/i }).fill('5000')
    await page.getByRole('textbox', { name: 'Add a medicine' }).fill('nitrous oxide')
    await page.getByRole('button', { name: 'Add medicine' }).click()
    await page.getByRole('button', { name: 'Save changes' }).click()
    await expect(page.getByText('Saved Nora.')).toBeVisible()
    await page.getByRole('link', { name: 'Advice for Nora' }).click()
    const main = page.getByRole('main')
    await expect(
      main.getByRole('heading', { name: 'Folic acid: keep a prescribed dose, ask about B12' }),
    ).toBeVisible({ timeout: 30_000 })
    await expect(main).toContainText(
      'If your folic acid was prescribed (for example 5 mg before or in early pregnancy), keep taking it',
    )
    await expect(main).not.toContainText('safe upper amount')
    await expect(main).toContainText(
      'the first blood tests are homocysteine or methylmalonic acid, not a B12 level',
    )
    await expect(main).not.toContainText('A B12 blood test comes first')
  })

  test('the doctor summary prints to a PDF whose text has the details, reasons and questions', async ({
    page,
  }) => {
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
    expect(text).toMatch(/not known yet/)
    expect(text).toMatch(/Should my B12 be checked regularly\?/)
    expect(text).toMatch(/The app does not know what I usually eat/)
    expect(text).toMatch(/It cannot diagnose deficiency/)
    expect(text).not.toMatch(/Save as PDF/)
  })

  for (const size of [100, 200] as const) {
    test(`axe finds nothing on Household (with the form) and Advice at ${size} %`, async ({
      page,
    }) => {
      await page.goto('/#/settings')
      await page.getByRole('radio', { name: `${size} %` }).check()
      await addRosa(page)
      await page.getByRole('button', { name: 'Edit Rosa' }).click()
      await page.getByRole('textbox', { name: /Age in years/ }).fill('200')
      await page.getByRole('button', { name: 'Save changes' }).click()
      await expect(page.getByRole('alert')).toContainText('Age must be between 0 and 120 years.')
      await expectNoAxeViolations(page, `household form with errors at ${size} %`)
      await page.goto('/#/advice')
      await expect(page.getByRole('heading', { name: /High risk/ })).toBeVisible({
        timeout: 30_000,
      })
      await expectNoAxeViolations(page, `advice at ${size} %`)
    })
  }
})
