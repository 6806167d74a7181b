/**
 * Reads every user table in one read transaction (a consistent snapshot, even while the person
 * keeps editing) into a backup file. Catalogue foods are left out; own foods are kept.
 */
import type { AppDb } from '../app-db'
import { LATEST_SCHEMA_VERSION } from '../schema'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  countRows,
  type BackupFile,
  type BackupTables,
} from './format'

export interface ExportContext {
  appVersion: string
  /** ISO 8601 time of the export. */
  now: string
}

export async function collectBackup(db: AppDb, ctx: ExportContext): Promise<BackupFile> {
  const tables: BackupTables = await db.transaction(
    'r',
    [db.profiles, db.foods, db.recipes, db.planEntries, db.pantry, db.shoppingState, db.settings],
    async () => ({
      profiles: await db.profiles.toArray(),
      foods: await db.foods.where('source').equals('user').toArray(),
      // Built-in recipes ship with the app; only the person's own are stored, but be sure.
      recipes: (await db.recipes.toArray()).filter((recipe) => recipe['source'] !== 'builtin'),
      planEntries: await db.planEntries.toArray(),
      pantry: await db.pantry.toArray(),
      shoppingState: await db.shoppingState.toArray(),
      settings: await db.settings.toArray(),
    }),
  )
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: LATEST_SCHEMA_VERSION,
    appVersion: ctx.appVersion,
    exportedAt: ctx.now,
    counts: countRows(tables),
    tables,
  }
}

/**
 * The file text: compact JSON with the header fields first, so they are readable at the top of
 * the file in any text editor (a two-year household plan is a few megabytes).
 */
export function serializeBackup(file: BackupFile): string {
  return JSON.stringify(file)
}
