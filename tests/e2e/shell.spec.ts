import { expect, test } from '@playwright/test'
import { expectNoAxeViolations, PAGE_NAMES } from './fixtures'

test.describe('app shell', () => {
  test('every page can be reached by keyboard alone', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Weekly plan' })).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Main' })
    for (const target of PAGE_NAMES) {
      // Tab forward (wrapping round the page) until the link for the target page has focus.
      const link = nav.getByRole('link', { name: target.link, exact: true })
      let reached = false
      for (let presses = 0; presses < 60 && !reached; presses++) {
        await page.keyboard.press('Tab')
        reached = await link.evaluate((element) => element === document.activeElement)
      }
      expect(reached, `Tab reaches the ${target.link} link`).toBe(true)
      await page.keyboard.press('Enter')
      const heading = page.getByRole('heading', { level: 1, name: target.heading })
      await expect(heading).toBeVisible()
      await expect(heading).toBeFocused()
      await expect(link).toHaveAttribute('aria-current', 'page')
    }
  })

  test('text size is applied at once and kept after a reload', async ({ page }) => {
    await page.goto('/#/settings')
    const rootSize = () => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)
    expect(await rootSize()).toBe('16px')
    await page.getByRole('radio', { name: '175 %' }).check()
    await expect.poll(rootSize).toBe('28px')
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
    await page.reload()
    await expect(page.getByRole('radio', { name: '175 %' })).toBeChecked()
    await expect.poll(rootSize).toBe('28px')
    await page.getByRole('checkbox', { name: /High contrast/ }).check()
    await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible()
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-contrast', 'high')
  })

  test('the disclaimer is visible on every page', async ({ page }) => {
    for (const target of PAGE_NAMES) {
      await page.goto(`/#/${target.id}`)
      await expect(
        page.getByRole('contentinfo').getByText(/cannot diagnose deficiency or replace advice/),
      ).toBeVisible()
    }
  })

  for (const size of [100, 200] as const) {
    test(`axe finds nothing on any page at ${size} % text`, async ({ page }) => {
      await page.goto('/#/settings')
      await page.getByRole('radio', { name: `${size} %` }).check()
      for (const target of PAGE_NAMES) {
        await page.goto(`/#/${target.id}`)
        await expect(page.getByRole('heading', { level: 1, name: target.heading })).toBeVisible()
        await expectNoAxeViolations(page, `${target.id} at ${size} %`)
      }
    })
  }

  test('axe finds nothing in high contrast mode', async ({ page }) => {
    await page.goto('/#/settings')
    await page.getByRole('checkbox', { name: /High contrast/ }).check()
    for (const target of PAGE_NAMES) {
      await page.goto(`/#/${target.id}`)
      await expect(page.getByRole('heading', { level: 1, name: target.heading })).toBeVisible()
      await expectNoAxeViolations(page, `${target.id} in high contrast`)
    }
  })
})
