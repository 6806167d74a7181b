import { expect, test, type Locator, type Page } from '@playwright/test'
import { addPerson, expectNoAxeViolations, PAGE_NAMES, setTextSize } from './fixtures'

/**
 * Issue 13: done by keyboard, every action leaves focus on a sensible element (never the page
 * body) and its outcome is announced in a live region; at 200 % text every text input is at
 * least 32 px high.
 */

/** Presses Enter on a control, as a keyboard user would after tabbing to it. */
async function pressOn(page: Page, control: Locator): Promise<void> {
  await control.focus()
  await expect(control).toBeFocused()
  await page.keyboard.press('Enter')
}

/** Focus is on `expected` (named in `what`), so certainly not on the body. */
async function expectFocus(page: Page, expected: Locator, what: string): Promise<void> {
  await expect(expected, `focus should be on ${what}`).toBeFocused()
  expect(await page.evaluate(() => document.activeElement?.tagName), 'focus on the body').not.toBe(
    'BODY',
  )
}

/** The outcome is in a role=status (or alert) live region. */
async function expectAnnounced(page: Page, text: string | RegExp): Promise<void> {
  await expect(page.getByRole('status').filter({ hasText: text }).first()).toBeVisible()
}

const undoIn = (page: Page, text: string | RegExp): Locator =>
  page.getByRole('status').filter({ hasText: text }).getByRole('button', { name: 'Undo' })

const slotOf = (page: Page, dayIndex: number, slot: string): Locator =>
  page
    .locator('section.day')
    .nth(dayIndex)
    .locator('.slot', { has: page.getByRole('heading', { name: slot }) })

/** Adds porridge to Monday's breakfast by keyboard only; returns the slot. */
async function addPorridgeByKeyboard(page: Page): Promise<Locator> {
  const breakfast = slotOf(page, 0, 'Breakfast')
  await pressOn(page, breakfast.getByRole('button', { name: /^Add/ }))
  const search = breakfast.getByRole('searchbox', { name: 'Find a recipe' })
  await expectFocus(page, search, 'the add form’s search box')
  await page.keyboard.type('porridge')
  await pressOn(page, breakfast.getByRole('list', { name: 'Choices' }).getByRole('button').first())
  await pressOn(page, breakfast.getByRole('button', { name: 'Add', exact: true }))
  await expect(breakfast.locator('.entry')).toHaveCount(1)
  return breakfast
}

test.describe('focus after keyboard actions', () => {
  test('household: add, save and cancel a person', async ({ page }) => {
    await page.goto('/#/household')
    await pressOn(page, page.getByRole('button', { name: 'Add a person' }))
    const name = page.getByRole('textbox', { name: 'Name' })
    await expectFocus(page, name, 'the new form’s Name field')
    await page.keyboard.type('Ana')
    await page.getByRole('textbox', { name: /Age in years/ }).focus()
    await page.keyboard.type('34')
    await page.getByRole('radio', { name: 'Female', exact: true }).focus()
    await page.keyboard.press('Space')
    await page.getByRole('radio', { name: 'Vegan' }).focus()
    await page.keyboard.press('Space')
    await pressOn(page, page.getByRole('button', { name: 'Save person' }))
    await expectAnnounced(page, 'Saved Ana.')
    await expectFocus(page, page.getByText('Saved Ana.'), 'the saved status')

    // Save an edit.
    await pressOn(page, page.getByRole('button', { name: 'Edit Ana' }))
    await expectFocus(
      page,
      page.getByRole('textbox', { name: 'Name' }),
      'the edit form’s Name field',
    )
    await page.keyboard.press('End')
    await page.keyboard.type('na')
    await pressOn(page, page.getByRole('button', { name: 'Save changes' }))
    await expectAnnounced(page, 'Saved Anana.')
    await expectFocus(page, page.getByText('Saved Anana.'), 'the saved status')

    // Cancel an edit, then a new form: focus goes back to the button that opened each.
    await pressOn(page, page.getByRole('button', { name: 'Edit Anana' }))
    await pressOn(page, page.getByRole('button', { name: 'Cancel' }))
    await expectFocus(
      page,
      page.getByRole('button', { name: 'Edit Anana' }),
      'the Edit button that opened the form',
    )
    await pressOn(page, page.getByRole('button', { name: 'Add a person' }))
    await pressOn(page, page.getByRole('button', { name: 'Cancel' }))
    await expectFocus(
      page,
      page.getByRole('button', { name: 'Add a person' }),
      'the Add a person button',
    )

    // Remove: the status's Undo takes focus; undoing keeps focus in the status.
    await pressOn(page, page.getByRole('button', { name: 'Remove Anana' }))
    await expectAnnounced(page, 'Removed Anana.')
    await expectFocus(page, undoIn(page, 'Removed Anana.'), 'the removal’s Undo')
  })

  test('household: a removed medicine’s Undo is the one status message and takes focus', async ({
    page,
  }) => {
    await page.goto('/#/household')
    await pressOn(page, page.getByRole('button', { name: 'Add a person' }))
    await page.getByRole('textbox', { name: 'Add a medicine' }).focus()
    await page.keyboard.type('metformin')
    await page.keyboard.press('Enter')
    await pressOn(page, page.getByRole('button', { name: /^Remove metformin/ }))
    await expectAnnounced(page, 'Removed metformin.')
    const undo = undoIn(page, 'Removed metformin.')
    await expectFocus(page, undo, 'the medicine’s Undo')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: /^Remove metformin/ })).toBeVisible()
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY')
    await expectNoAxeViolations(page, 'person form after undoing a removed medicine')
  })

  test('plan: add, change the amount of, move and remove a meal; generate the week', async ({
    page,
  }) => {
    test.setTimeout(120_000)
    await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
    await page.goto('/#/plan')

    const breakfast = await addPorridgeByKeyboard(page)
    await expectAnnounced(page, 'Added to breakfast.')
    await expectFocus(page, undoIn(page, 'Added to breakfast.'), 'the added meal’s Undo')

    // Save an amount.
    await pressOn(page, breakfast.getByRole('button', { name: /^Change amount/ }))
    await expectFocus(
      page,
      breakfast.getByRole('textbox', { name: /Servings of/ }),
      'the servings box',
    )
    await page.keyboard.press('Control+A')
    await page.keyboard.type('2')
    await page.keyboard.press('Enter')
    await expect(breakfast.locator('.entry-amount').first()).toHaveText('2 servings')
    await expectAnnounced(page, /Changed .* on Monday breakfast/)
    await expectFocus(
      page,
      undoIn(page, /Changed .* on Monday breakfast/),
      'the changed amount’s Undo',
    )

    // Move it to Tuesday.
    await pressOn(page, breakfast.getByRole('button', { name: /^Move or copy/ }))
    const day = breakfast.getByRole('combobox', { name: 'Day' })
    await expectFocus(page, day, 'the move form’s Day list')
    await page.keyboard.press('ArrowDown')
    await expect(day).toHaveValue(/./)
    await pressOn(page, breakfast.getByRole('button', { name: 'Move here' }))
    const tuesday = slotOf(page, 1, 'Breakfast')
    await expect(tuesday.locator('.entry')).toHaveCount(1)
    await expectAnnounced(page, /Moved to Tuesday/)
    await expectFocus(page, undoIn(page, /Moved to Tuesday/), 'the move’s Undo')

    // Remove it.
    await pressOn(page, tuesday.getByRole('button', { name: /^Remove/ }))
    await expect(tuesday.locator('.entry')).toHaveCount(0)
    await expectAnnounced(page, /Removed .* from Tuesday breakfast/)
    await expectFocus(page, undoIn(page, /Removed .* from Tuesday breakfast/), 'the removal’s Undo')

    // Generate the week: Cancel while planning, then the outcome's Undo.
    await pressOn(page, page.getByRole('button', { name: 'Generate the week' }))
    await expectAnnounced(page, "Done: every day meets everyone's targets.")
    await expectFocus(
      page,
      page.getByRole('button', { name: 'Undo the new plan' }),
      'the new plan’s Undo',
    )
    await expectNoAxeViolations(page, 'planner with the generate outcome')
    await page.keyboard.press('Enter')
    await expect(page.getByRole('button', { name: 'Undo the new plan' })).toHaveCount(0)
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY')
  })

  test('foods: delete an own food', async ({ page }) => {
    await page.goto('/#/foods')
    await expect(page.getByRole('searchbox', { name: 'Search foods' })).toBeVisible({
      timeout: 30_000,
    })
    await page.getByRole('button', { name: 'Add your own food' }).click()
    await page.getByRole('textbox', { name: 'Name' }).fill('Oat drink with B12')
    await page.getByRole('textbox', { name: /Serving size/ }).fill('250')
    await page.getByRole('textbox', { name: /Vitamin B12/ }).fill('0.4')
    await page.getByRole('button', { name: 'Save food' }).click()
    await expect(page.getByRole('region', { name: 'Oat drink with B12' })).toBeVisible()

    await pressOn(page, page.getByRole('button', { name: 'Delete this food' }))
    await expectAnnounced(page, 'Deleted “Oat drink with B12”.')
    await expectFocus(
      page,
      undoIn(page, 'Deleted “Oat drink with B12”.'),
      'the deleted food’s Undo',
    )
  })

  test('settings: restore a backup, then delete all data', async ({ page }, testInfo) => {
    await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
    await page.goto('/#/settings')
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export all my data' }).click()
    const file = testInfo.outputPath('backup.json')
    await (await download).saveAs(file)

    const chooser = page.waitForEvent('filechooser')
    await pressOn(page, page.getByRole('button', { name: 'Restore from a file…' }))
    await (await chooser).setFiles(file)
    const preview = page.getByRole('region', { name: 'Restore backup.json?' })
    await expectFocus(
      page,
      preview.getByRole('heading', { name: 'Restore backup.json?' }),
      'the restore preview',
    )
    // Cancel goes back to the button that opened the preview.
    await pressOn(page, preview.getByRole('button', { name: 'Cancel' }))
    await expect(preview).toHaveCount(0)
    await expectFocus(
      page,
      page.getByRole('button', { name: 'Restore from a file…' }),
      'the restore button',
    )
    const again = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Restore from a file…' }).click()
    await (await again).setFiles(file)
    await expectFocus(
      page,
      preview.getByRole('heading', { name: 'Restore backup.json?' }),
      'the restore preview',
    )
    await pressOn(page, preview.getByRole('button', { name: 'Restore' }))
    const restored = 'Your data was replaced by the backup: 1 person, 0 planned meals.'
    await expectAnnounced(page, restored)
    await expectFocus(page, page.getByText(restored), 'the restore outcome')

    await page.getByRole('textbox', { name: /Type DELETE to confirm/ }).focus()
    await page.keyboard.type('DELETE')
    await page.keyboard.press('Enter')
    const deleted =
      'All your data was deleted from this computer. To get it back, restore a backup.'
    await expectAnnounced(page, deleted)
    await expectFocus(page, page.getByText(deleted), 'the delete outcome')
    // The settings reload (back to 100 %) must not take focus away.
    await expect(page.getByRole('radio', { name: '100 %' })).toBeChecked()
    await expectFocus(page, page.getByText(deleted), 'the delete outcome after the settings reload')
    await expectNoAxeViolations(page, 'settings after deleting all data')
  })
})

const TEXT_INPUTS =
  'input[type=text], input:not([type]), input[type=search], input[type=number], select, textarea'

/** Every visible text input, list and text area on the page is at least 32 px high. */
async function expectTallInputs(page: Page, label: string, atLeast: number): Promise<void> {
  const inputs = page.locator(TEXT_INPUTS)
  const count = await inputs.count()
  let checked = 0
  for (let index = 0; index < count; index += 1) {
    const input = inputs.nth(index)
    if (!(await input.isVisible())) continue
    const box = await input.boundingBox()
    const name = await input.evaluate(
      (el) => el.id || el.getAttribute('name') || el.outerHTML.slice(0, 80),
    )
    expect(box?.height ?? 0, `${label}: ${name} at 200 %`).toBeGreaterThanOrEqual(32)
    checked += 1
  }
  expect(checked, `${label}: text inputs checked`).toBeGreaterThanOrEqual(atLeast)
}

test('at 200 % text every text input, list and text area is at least 32 px high', async ({
  page,
}) => {
  await addPerson(page, { name: 'Ana', age: 34, sex: 'Female', diet: 'Vegan' })
  await setTextSize(page, 200)
  await expect(page.locator('html')).toHaveAttribute('data-text-size', '200')

  // Plan: the servings box, the move form's lists and "Copy this day to".
  await page.goto('/#/plan')
  const breakfast = await addPorridgeByKeyboard(page)
  await breakfast.getByRole('button', { name: /^Change amount/ }).click()
  await expect(breakfast.getByRole('textbox', { name: /Servings of/ })).toBeVisible()
  await page
    .locator('section.day')
    .first()
    .getByText(/More for/)
    .click()
  await expect(page.getByRole('combobox', { name: 'Copy this day to' }).first()).toBeVisible()
  await expectTallInputs(page, 'plan with the servings box and day actions', 3)
  await breakfast.getByRole('button', { name: 'Cancel' }).click()
  await breakfast.getByRole('button', { name: /^Move or copy/ }).click()
  await expectTallInputs(page, 'plan with the move form', 3)
  await breakfast.getByRole('button', { name: 'Cancel' }).click()
  await slotOf(page, 0, 'Lunch').getByRole('button', { name: /^Add/ }).click()
  await expectTallInputs(page, 'plan with the add form', 2)

  // Settings: the DELETE confirmation.
  await page.goto('/#/settings')
  await expect(page.getByRole('textbox', { name: /Type DELETE to confirm/ })).toBeVisible()
  await expectTallInputs(page, 'settings', 1)

  // Household with the person form open.
  await page.goto('/#/household')
  await page.getByRole('button', { name: 'Add a person' }).click()
  await expectTallInputs(page, 'household with the person form', 3)

  // Foods, with the own-food form open, and recipes.
  await page.goto('/#/foods')
  await expect(page.getByRole('searchbox', { name: 'Search foods' })).toBeVisible({
    timeout: 30_000,
  })
  await page.getByRole('button', { name: 'Add your own food' }).click()
  await expectTallInputs(page, 'foods with the own-food form', 4)

  for (const { id, heading } of PAGE_NAMES) {
    await page.goto(`/#/${id}`)
    await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible()
    await expectTallInputs(page, id, 0)
  }
})
