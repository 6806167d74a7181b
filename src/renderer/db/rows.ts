/**
 * Persisted row shapes. Ids are strings (UUIDs for user data, prefixed USDA ids for foods), so
 * rows can be merged from a backup without clashes.
 */

export interface SettingsRow {
  key: string
  value: unknown
}

export interface MetaRow {
  key: string
  value: unknown
}

/** A person in the household (core/profiles Person), including their regular supplements. */
export interface ProfileRow {
  id: string
  name: string
  createdAt: string
  updatedAt: string
  [detail: string]: unknown
}

/**
 * The shipped catalogue, stored as a few large rows of its compact format (about 1,000 foods
 * each): IndexedDB's cost is per record, so 15 rows write in a fraction of the time 14,000 do.
 */
export interface CatalogueChunkRow {
  id: string
  rows: unknown[]
}

/** A person's own food (source 'user'), as stored. */
export interface FoodRow {
  id: string
  source: string
  kind: string
  b12Class: string
  [detail: string]: unknown
}

export interface RecipeRow {
  id: string
  name: string
  updatedAt: string
  [detail: string]: unknown
}

/** One item in one meal slot of one day for one person. */
export interface PlanEntryRow {
  id: string
  profileId: string
  /** ISO date, YYYY-MM-DD, local calendar day. */
  date: string
  slot: 'breakfast' | 'lunch' | 'dinner' | 'snack'
  recipeId?: string
  foodId?: string
  [detail: string]: unknown
}

export interface PantryRow {
  id: string
  foodId: string
  [detail: string]: unknown
}

export interface ShoppingStateRow {
  id: string
  weekStart: string
  [detail: string]: unknown
}
