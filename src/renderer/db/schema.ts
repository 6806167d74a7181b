/**
 * The ordered chain of schema versions. Dexie applies each version's stores and upgrade in
 * order, so a database created by any earlier version opens at the newest one.
 */
import { V1 } from './migrations/v1-2026-11-21'

export interface SchemaVersion {
  version: number
  date: string
  stores: Readonly<Record<string, string | null>>
}

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [V1]

export const LATEST_SCHEMA_VERSION = Math.max(...SCHEMA_VERSIONS.map((schema) => schema.version))
