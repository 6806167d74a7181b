import AxeBuilder from '@axe-core/playwright'
import { expect, type Page } from '@playwright/test'

/** Runs axe on the page (WCAG 2.x A and AA plus best practices) and expects no violations. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze()
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(' '))
        .join(', ')}`,
  )
  expect(summary, `axe violations on ${label}`).toEqual([])
}

export const PAGE_NAMES = [
  { id: 'plan', link: 'Plan', heading: 'Weekly plan' },
  { id: 'coverage', link: 'Coverage', heading: 'B12 coverage' },
  { id: 'advice', link: 'Advice', heading: 'Advice' },
  { id: 'shopping', link: 'Shopping list', heading: 'Shopping list' },
  { id: 'foods', link: 'Foods', heading: 'Foods' },
  { id: 'household', link: 'Household', heading: 'Household' },
  { id: 'settings', link: 'Settings', heading: 'Settings' },
] as const
