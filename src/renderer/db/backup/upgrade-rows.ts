/**
 * Rows of a backup made at an older schema version, brought to the current shape with the same
 * pure row upgrades the Dexie migrations run. Add one entry per schema version that changes
 * rows (append-only, like the migrations).
 */
import { upgradePlanRowV2, upgradeProfileRowV2 } from '../migrations/v2-2026-11-21'
import type { BackupTableName } from './format'

type Row = Record<string, unknown>
type RowUpgrade = Partial<Record<BackupTableName, (row: Row) => Row>>

/** Upgrades by the schema version they bring rows to. */
const ROW_UPGRADES: readonly { toVersion: number; tables: RowUpgrade }[] = [
  { toVersion: 2, tables: { profiles: upgradeProfileRowV2, planEntries: upgradePlanRowV2 } },
]

/** Each row of `table` as the current schema stores it, from rows written at `fromVersion`. */
export function upgradeRows(
  table: BackupTableName,
  rows: readonly unknown[],
  fromVersion: number,
): unknown[] {
  let current = [...rows]
  for (const step of ROW_UPGRADES) {
    const upgrade = step.tables[table]
    if (step.toVersion <= fromVersion || !upgrade) continue
    // A row that is not an object is left for the row check to refuse with a message.
    current = current.map((row) =>
      typeof row === 'object' && row !== null && !Array.isArray(row) ? upgrade(row as Row) : row,
    )
  }
  return current
}
