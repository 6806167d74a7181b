/**
 * The app's IndexedDB database. Only src/renderer/db imports Dexie; features use the repos.
 */
import Dexie, { type DexieOptions, type Table } from 'dexie'
import type {
  CatalogueChunkRow,
  FoodRow,
  MetaRow,
  PantryRow,
  PlanEntryRow,
  ProfileRow,
  RecipeRow,
  SettingsRow,
  ShoppingStateRow,
} from './rows'
import { SCHEMA_VERSIONS, type SchemaVersion } from './schema'

export const DEFAULT_DB_NAME = 'b12-planner'

export class AppDb extends Dexie {
  profiles!: Table<ProfileRow, string>
  foods!: Table<FoodRow, string>
  catalogue!: Table<CatalogueChunkRow, string>
  recipes!: Table<RecipeRow, string>
  planEntries!: Table<PlanEntryRow, string>
  pantry!: Table<PantryRow, string>
  shoppingState!: Table<ShoppingStateRow, string>
  settings!: Table<SettingsRow, string>
  meta!: Table<MetaRow, string>

  constructor(name: string = DEFAULT_DB_NAME, options?: DexieOptions, versions = SCHEMA_VERSIONS) {
    super(name, options)
    defineVersions(this, versions)
  }
}

/** Declares every schema version in order (used by tests to open a database at an old version). */
export function defineVersions(db: Dexie, versions: readonly SchemaVersion[]): void {
  for (const schema of versions) {
    const version = db.version(schema.version).stores({ ...schema.stores })
    if (schema.upgrade) version.upgrade(schema.upgrade)
  }
}

export type VersionChangeListener = () => void

/**
 * Another window (or a newer app version) wants to upgrade the database. Close our connection so
 * the upgrade is not blocked, and tell the UI, which asks the person to reload.
 */
export function watchVersionChange(db: AppDb, onChange: VersionChangeListener): () => void {
  const handler = (): boolean => {
    db.close()
    onChange()
    return false
  }
  db.on('versionchange', handler)
  return () => db.on('versionchange').unsubscribe(handler)
}

export type PersistResult = 'granted' | 'denied' | 'unsupported'

/**
 * Ask the browser not to evict our data under storage pressure. Electron grants it; a browser
 * may refuse, which the Settings page shows.
 */
export async function requestPersistentStorage(
  storage: StorageManager | undefined,
): Promise<PersistResult> {
  if (!storage?.persist) return 'unsupported'
  try {
    if (await storage.persisted()) return 'granted'
    return (await storage.persist()) ? 'granted' : 'denied'
  } catch {
    return 'unsupported'
  }
}
