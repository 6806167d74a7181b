/** The app's pages, in navigation order. The ids are shared with the native menu (Go → …). */
import type { MenuCommand } from '../../shared/desktop-api'

export type PageId = Extract<MenuCommand, { type: 'navigate' }>['page']

export interface PageInfo {
  id: PageId
  /** Short label for the navigation. */
  label: string
  /** The page's heading. */
  title: string
}

export const PAGES: readonly PageInfo[] = [
  { id: 'plan', label: 'Plan', title: 'Weekly plan' },
  { id: 'coverage', label: 'Coverage', title: 'B12 coverage' },
  { id: 'advice', label: 'Advice', title: 'Advice' },
  { id: 'shopping', label: 'Shopping list', title: 'Shopping list' },
  { id: 'foods', label: 'Foods', title: 'Foods' },
  { id: 'household', label: 'Household', title: 'Household' },
  { id: 'settings', label: 'Settings', title: 'Settings' },
]

export const DEFAULT_PAGE: PageId = 'plan'

/** The page named by a location hash such as "#/foods"; the default page for anything else. */
export function pageFromHash(hash: string): PageId {
  const id = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? ''
  return PAGES.find((page) => page.id === id)?.id ?? DEFAULT_PAGE
}

export function hashFor(page: PageId): string {
  return `#/${page}`
}

export function pageInfo(page: PageId): PageInfo {
  const found = PAGES.find((candidate) => candidate.id === page)
  if (!found) throw new Error(`Unknown page: ${page}`)
  return found
}
