import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test, type Page } from '@playwright/test'
import { parseCsv } from './csv'
import { addPerson, expectNoAxeViolations, setTextSize } from './fixtures'

async function download(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button }).click(),
  ])
  const path = await file.path()
  return { name: file.suggestedFilename(), text: readFileSync(path, 'utf8') }
}

test.describe('shopping list', () => {
  test('from a generated week: pantry, ticks kept after a reload, CSV, Markdown and PDF; axe and screenshots at 100 and 200 %', async ({
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

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Shopping list' })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Shopping list' })).toBeVisible()
    const lines = page.locator('.shop-list .shop-line')
    await expect(lines.first()).toBeVisible()
    const count = await lines.count()
    expect(count).toBeGreaterThan(5)
    await expectNoAxeViolations(page, 'shopping list at 100 %')

    // Mark the first line's food as always in the pantry; it stays on the list with nothing to buy.
    const pantryName = (await lines.nth(0).locator('.shop-line-name').innerText()).trim()
    await page.getByRole('button', { name: `I have it: ${pantryName}` }).click()
    // Nothing left to buy: it moves under "Already at home", without a box to tick.
    const pantryLine = page.locator('.shop-at-home .shop-line')
    await expect(pantryLine).toContainText(pantryName)
    await expect(pantryLine).toContainText('in pantry')
    await expect(pantryLine.getByRole('checkbox')).toHaveCount(0)
    await expect(
      page.getByRole('button', { name: `Remove from pantry: ${pantryName}` }),
    ).toBeFocused()

    // Tick two items off.
    const ticked = [
      (await lines.nth(1).locator('.shop-line-name').innerText()).trim(),
      (await lines.nth(2).locator('.shop-line-name').innerText()).trim(),
    ]
    await lines.nth(1).getByRole('checkbox').check()
    await lines.nth(2).getByRole('checkbox').check()
    await expect(page.getByText(`${count} items, 2 ticked off.`)).toBeVisible()
    await page.screenshot({ path: 'test-results/shopping-100.png', fullPage: true })
    await page.screenshot({ path: 'test-results/shopping-100-top.png' })

    await page.reload()
    await expect(lines.nth(1).getByRole('checkbox')).toBeChecked()
    await expect(lines.nth(2).getByRole('checkbox')).toBeChecked()
    await expect(lines.nth(3).getByRole('checkbox')).not.toBeChecked()
    await expect(pantryLine).toContainText('in pantry')

    const csv = await download(page, 'Save as spreadsheet (CSV)')
    expect(csv.name).toMatch(/^shopping-list-\d{4}-\d{2}-\d{2}-to-\d{4}-\d{2}-\d{2}\.csv$/)
    await expect(page.getByText(/Saved the list as a spreadsheet \(CSV\)/)).toBeVisible()
    expect(csv.text.startsWith('\uFEFF')).toBe(true)
    const rows = parseCsv(csv.text.slice(1))
    expect(rows[0]).toEqual([
      'Aisle',
      'Item',
      'Quantity',
      'Unit',
      'Packages',
      'Checked',
      'Source recipes',
      'Notes',
    ])
    expect(rows).toHaveLength(count + 1)
    expect(rows.every((r) => r.length === 8)).toBe(true)
    expect(
      rows
        .filter((r) => r[5] === 'yes')
        .map((r) => r[1])
        .sort(),
    ).toEqual([...ticked].sort())
    const pantryRow = rows.find((r) => r[1] === pantryName)!
    expect(pantryRow.slice(2, 4)).toEqual(['', ''])
    expect(pantryRow[7]).toContain('in pantry')
    expect(pantryRow.slice(0, 1).concat(pantryRow.slice(5, 6))).toEqual([
      'Already at home',
      'at home',
    ])

    const md = await download(page, 'Save as checklist (Markdown)')
    expect(md.name).toMatch(/\.md$/)
    await expect(page.getByText(/Saved the list as a Markdown checklist/)).toBeVisible()
    expect(md.text).toMatch(/^# Shopping list \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}\n\n## /)
    expect(md.text.match(/^- \[x\] /gm)).toHaveLength(2)
    // The pantry line is listed apart under "Already at home", as a plain bullet without a box.
    expect(md.text.match(/^- \[ \] /gm)).toHaveLength(count - 3)
    expect(md.text).toMatch(new RegExp(`\n## Already at home\n\n- ${pantryName.slice(0, 12)}`))

    // The PDF: the page printed (print media shows only the large-print list).
    const pdfDir = mkdtempSync(join(tmpdir(), 'b12-shop-'))
    writeFileSync(join(pdfDir, 'list.pdf'), await page.pdf({ format: 'A4' }))
    const pdfText = execFileSync('pdftotext', ['-layout', join(pdfDir, 'list.pdf'), '-'], {
      encoding: 'utf8',
    })
    expect(pdfText).toMatch(/Shopping list \d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}/)
    expect(pdfText).toContain(`${count} items, 2 checked`)
    expect(pdfText).toContain('☑')
    expect(pdfText).not.toContain('Save as spreadsheet')
    expect(pdfText).not.toContain('Add something else')

    await page.getByRole('button', { name: 'Large-print page' }).click()
    await expect(page.getByRole('article', { name: /^Shopping list / })).toBeVisible()
    await expectNoAxeViolations(page, 'large-print shopping list')
    await page.screenshot({ path: 'test-results/shopping-print-view.png' })

    await setTextSize(page, 200)
    await page.goto('/#/shopping')
    await expect(lines.nth(1).getByRole('checkbox')).toBeChecked()
    await lines.nth(3).getByRole('button', { name: /^More/ }).click()
    await expectNoAxeViolations(page, 'shopping list at 200 %')
    await page.screenshot({ path: 'test-results/shopping-200.png', fullPage: true })
    await page.screenshot({ path: 'test-results/shopping-200-top.png' })
    await lines.nth(3).screenshot({ path: 'test-results/shopping-200-line-open.png' })
    await page.locator('.shop-manual').screenshot({ path: 'test-results/shopping-200-manual.png' })
    await page
      .locator('.shop-exports')
      .screenshot({ path: 'test-results/shopping-200-exports.png' })
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
  })
})
