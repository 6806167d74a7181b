/**
 * The ordered chain of schema versions. Dexie applies each version's stores and upgrade in
 * order, so a database created by any earlier version opens at the newest one.
 */
import type { Transaction } from 'dexie'
import { V1 } from './migrations/v1-2026-11-21'
import { upgradeToV2, V2 } from './migrations/v2-2026-11-21'

export interface SchemaVersion {
  version: number
  date: string
  stores: Readonly<Record<string, string | null>>
  /** Rewrites rows of the previous version (runs once, inside the version-change transaction). */
  upgrade?: (tx: Transaction) => Promise<void>
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [V1, { ...V2, upgrade: upgradeToV2 }]

export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((schema) => schema.version))
