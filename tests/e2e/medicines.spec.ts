import { expect, test, type Page } from '@playwright/test'
import { expectNoAxeViolations } from './fixtures'

/** Opens the form for a new person with the details that do not matter here. */
async function startPerson(
  page: Page,
  name: string,
  age: number,
  sex: 'Female' | 'Male',
): Promise<void> {
  await page.goto('/#/household')
  await page.getByRole('button', { name: 'Add a person' }).click()
  await page.getByRole('textbox', { name: 'Name' }).fill(name)
  await page.getByRole('textbox', { name: /Age in years/ }).fill(String(age))
  await page.getByRole('radio', { name: sex, exact: true }).check()
  await page.getByRole('radio', { name: 'Omnivore' }).check()
}

async function typeMedicine(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Add a medicine' }).fill(name)
  await page.getByRole('textbox', { name: 'Add a medicine' }).press('Enter')
}

async function saveAndOpenAdvice(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Save person' }).click()
  await expect(page.getByText(`Saved ${name}.`)).toBeVisible()
  await page.getByRole('link', { name: `Advice for ${name}` }).click()
  await expect(page.getByRole('heading', { name: /risk/i }).first()).toBeVisible({
    timeout: 30_000,
  })
}

test.describe('medicine names that survive typos', () => {
  test('"metfromin" → "Did you mean metformin?" → saved as metformin, and Advice gives the metformin reason', async ({
    page,
  }) => {
    await startPerson(page, 'Maria', 65, 'Female')
    await typeMedicine(page, 'metfromin')
    const offer = page.getByRole('group', { name: /Did you mean metformin\?/ })
    await expect(offer).toBeVisible()
    const yes = offer.getByRole('button', { name: 'Yes, metformin' })
    await expect(yes).toBeFocused()
    await expect(offer.getByRole('button', { name: 'No, keep “metfromin”' })).toBeVisible()
    await expectNoAxeViolations(page, 'household form with a "Did you mean" offer')

    await yes.click()
    await expect(offer).toBeHidden()
    await expect(page.getByText('Metformin can lower B12 over the years.')).toBeVisible()
    await expect(page.getByText(/ask your pharmacist/)).toHaveCount(0)

    await saveAndOpenAdvice(page, 'Maria')
    await expect(page.getByText('Metformin', { exact: true })).toBeVisible()
    const why = page.locator('details', { hasText: 'Why? (Metformin)' })
    await why.getByText('Why? (Metformin)').click()
    await expect(why.getByText(/Medicines and Healthcare products Regulatory Agency/)).toBeVisible()
  })

  test('an acid reducer asks "For how long?"; "Not sure" still counts as long-term on Advice (§6a.4)', async ({
    page,
  }) => {
    await startPerson(page, 'Walter', 60, 'Male')
    await typeMedicine(page, 'omeprazol')
    await page
      .getByRole('group', { name: /Did you mean omeprazole\?/ })
      .getByRole('button', { name: 'Yes, omeprazole' })
      .click()
    const question = page.getByRole('group', { name: 'For how long has omeprazole been taken?' })
    await expect(question.getByRole('radio')).toHaveCount(4)
    const notSure = question.getByRole('radio', { name: 'Not sure' })
    await expect(notSure).toBeChecked()
    await expect(notSure).toBeFocused()
    await expectNoAxeViolations(page, 'household form with the "For how long?" question')

    await saveAndOpenAdvice(page, 'Walter')
    await expect(page.getByText('Long-term stomach acid medicine', { exact: true })).toBeVisible()
  })

  test('a name the app does not know is kept and said to be outside its list, never "not known to affect B12"', async ({
    page,
  }) => {
    await startPerson(page, 'Ines', 45, 'Female')
    await typeMedicine(page, 'metoprolol')
    await expect(page.getByRole('group', { name: /Did you mean/ })).toHaveCount(0)
    await expect(
      page.getByText('Not in the app’s list — ask your pharmacist whether it affects B12.'),
    ).toBeVisible()
    await page.getByRole('button', { name: 'Save person' }).click()
    await expect(page.getByText('Saved Ines.')).toBeVisible()
    const card = page.getByRole('list', { name: 'People in the household' })
    await expect(card).toContainText(
      'Not in the app’s list — ask your pharmacist whether it affects B12: metoprolol.',
    )
    await expect(page.getByText(/not known to affect/i)).toHaveCount(0)
    await expectNoAxeViolations(page, 'household with an unlisted medicine')
  })
})
