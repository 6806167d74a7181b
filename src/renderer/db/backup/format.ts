/**
 * The backup file format: one JSON object with a header (what made it, when, at which schema
 * version) and every user table. The USDA catalogue is not user data and is never included; the
 * person's own foods ('custom:' ids, source 'user') are.
 *
 * `formatVersion` versions the envelope; `schemaVersion` is the database schema the rows were
 * written with, so a backup made by an older app is upgraded row by row on import.
 */
import { MAX_FILE_BYTES } from '../../../shared/ipc-contract'
import type {
  FoodRow,
  PantryRow,
  PlanEntryRow,
  ProfileRow,
  RecipeRow,
  SettingsRow,
  ShoppingStateRow,
} from '../rows'

export const BACKUP_FORMAT = 'b12-planner-backup'
export const BACKUP_FORMAT_VERSION = 1

/** The tables a backup carries, in the order they are written and restored. */
export const BACKUP_TABLES = [
  'profiles',
  'foods',
  'recipes',
  'planEntries',
  'pantry',
  'shoppingState',
  'settings',
] as const
export type BackupTableName = (typeof BACKUP_TABLES)[number]

export interface BackupTables {
  profiles: ProfileRow[]
  /** Only the person's own foods. */
  foods: FoodRow[]
  recipes: RecipeRow[]
  planEntries: PlanEntryRow[]
  pantry: PantryRow[]
  shoppingState: ShoppingStateRow[]
  settings: SettingsRow[]
}

export type BackupCounts = Record<BackupTableName, number>

export interface BackupFile {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  /** The database schema version the rows were written with. */
  schemaVersion: number
  appVersion: string
  /** ISO 8601 time of the export. */
  exportedAt: string
  /** Informative only (a person can see what is inside with a text editor); not trusted. */
  counts: BackupCounts
  tables: BackupTables
}

/** Bounds on what a backup may contain, so a hostile or broken file cannot freeze the app. */
export const BACKUP_LIMITS = {
  /** Characters of JSON text (a UTF-16 length; at most about MAX_FILE_BYTES bytes on disk). */
  maxChars: MAX_FILE_BYTES,
  /** Any one string (a name, a note) in the file. */
  maxStringLength: 20_000,
  /** Nesting of objects and arrays. */
  maxDepth: 12,
  /** Rows per table: far above 10 years of plans for a large household. */
  maxRowsPerTable: 250_000,
} as const

export const BACKUP_FILE_FILTERS = [{ name: 'B12 Planner backup', extensions: ['json'] }]

/** "b12-planner-backup-2026-11-21.json" for a local calendar day (YYYY-MM-DD). */
export function backupFileName(day: string): string {
  return `b12-planner-backup-${day}.json`
}

export function countRows(tables: BackupTables): BackupCounts {
  const counts = {} as BackupCounts
  for (const name of BACKUP_TABLES) counts[name] = tables[name].length
  return counts
}
