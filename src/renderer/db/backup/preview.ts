/**
 * What a backup holds, in the words the restore screen uses: people, recipes, weeks of plans,
 * own foods, and when it was made.
 */
import { mondayOf } from '../../../core/dates'
import type { ValidBackup } from './parse-backup'

export interface BackupPreview {
  exportedAt: string
  appVersion: string
  people: string[]
  recipes: number
  customFoods: number
  plannedMeals: number
  /** Distinct Monday-to-Sunday weeks with at least one planned meal. */
  weeksOfPlans: number
  /** First and last planned day (YYYY-MM-DD), or null without plans. */
  planRange: { from: string; to: string } | null
}

function weekKey(date: string): string {
  try {
    return mondayOf(date)
  } catch {
    return date
  }
}

function planRange(sortedDates: readonly string[]): BackupPreview['planRange'] {
  const from = sortedDates[0]
  const to = sortedDates[sortedDates.length - 1]
  return from !== undefined && to !== undefined ? { from, to } : null
}

export function previewBackup(backup: ValidBackup): BackupPreview {
  const { tables } = backup
  const dates = tables.planEntries.map((entry) => entry.date).sort()
  const weeks = new Set(dates.map(weekKey))
  return {
    exportedAt: backup.exportedAt,
    appVersion: backup.appVersion,
    // In the household's own order (oldest first), as the Household page lists them.
    people: [...tables.profiles]
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
      .map((profile) => profile.name),
    recipes: tables.recipes.length,
    customFoods: tables.foods.length,
    plannedMeals: tables.planEntries.length,
    weeksOfPlans: weeks.size,
    planRange: planRange(dates),
  }
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** One sentence, e.g. "2 people (Ana, Walter), 3 recipes, 4 weeks of plans and 1 own food." */
export function describePreview(preview: BackupPreview): string {
  const people =
    preview.people.length === 0
      ? 'no people'
      : `${plural(preview.people.length, 'person', 'people')} (${preview.people.join(', ')})`
  return `${people}, ${plural(preview.recipes, 'recipe', 'recipes')}, ${plural(preview.weeksOfPlans, 'week', 'weeks')} of plans and ${plural(preview.customFoods, 'own food', 'own foods')}.`
}
