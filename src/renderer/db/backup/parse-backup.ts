/**
 * Reads a backup file and checks ALL of it before anything may be written: the envelope, the
 * versions, every row of every table (with the repos' own validation) and duplicate ids. A
 * malformed, cut-short, future-version or hostile file gives one plain message and no data.
 * Never throws, whatever it is given.
 */
import { z } from 'zod'
import { LATEST_SCHEMA_VERSION } from '../schema'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_LIMITS,
  BACKUP_TABLES,
  type BackupTableName,
  type BackupTables,
} from './format'
import { ROW_CHECKS, ROW_NOUNS, type RowContext } from './row-schemas'
import { findUnsafeJson } from './safe-json'
import { upgradeRows } from './upgrade-rows'

/** A backup whose every row has been checked and brought to the current schema. */
export interface ValidBackup {
  formatVersion: number
  /** The schema version the file was written with (rows are already upgraded). */
  schemaVersion: number
  appVersion: string
  exportedAt: string
  tables: BackupTables
}

export type ParseBackupResult = { ok: true; backup: ValidBackup } | { ok: false; message: string }

const NOT_A_BACKUP = 'This file is not a B12 Planner backup.'
const NOTHING_CHANGED = 'Nothing was changed.'

const headerSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  schemaVersion: z.number().int().min(1),
  appVersion: z.string().max(50),
  exportedAt: z.string().max(40),
  tables: z.record(z.string(), z.unknown()),
})

const refuse = (reason: string): ParseBackupResult => ({
  ok: false,
  message: `${reason} ${NOTHING_CHANGED}`,
})

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch {
    return { ok: false }
  }
}

function rowLabel(table: BackupTableName, index: number, row: unknown): string {
  const name =
    typeof row === 'object' && row !== null ? (row as Record<string, unknown>)['name'] : undefined
  const shown =
    typeof name === 'string' && name.trim() !== '' ? ` (${name.trim().slice(0, 40)})` : ''
  return `${ROW_NOUNS[table]} ${index + 1}${shown}`
}

function checkTable(
  table: BackupTableName,
  raw: unknown,
  schemaVersion: number,
  ctx: RowContext,
): { ok: true; rows: Record<string, unknown>[] } | { ok: false; message: string } {
  if (raw === undefined) return { ok: true, rows: [] }
  if (!Array.isArray(raw)) return { ok: false, message: `its ${table} part is not a list` }
  if (raw.length > BACKUP_LIMITS.maxRowsPerTable)
    return {
      ok: false,
      message: `it has more than ${BACKUP_LIMITS.maxRowsPerTable} rows in ${table}`,
    }
  const rows: Record<string, unknown>[] = []
  const keys = new Set<string>()
  const upgraded = upgradeRows(table, raw, schemaVersion)
  for (const [index, row] of upgraded.entries()) {
    const check = ROW_CHECKS[table](row, ctx)
    if (!check.ok)
      return { ok: false, message: `${rowLabel(table, index, row)} is damaged: ${check.message}` }
    const key = String(table === 'settings' ? check.row['key'] : check.row['id'])
    if (keys.has(key)) return { ok: false, message: `${rowLabel(table, index, row)} appears twice` }
    keys.add(key)
    rows.push(check.row)
  }
  return { ok: true, rows }
}

/** Parses and checks a backup; `ctx.today` is used for dates of birth. */
export function parseBackup(text: unknown, ctx: RowContext): ParseBackupResult {
  if (typeof text !== 'string') return refuse(NOT_A_BACKUP)
  if (text.length > BACKUP_LIMITS.maxChars)
    return refuse('This file is too large to be a B12 Planner backup.')
  if (text.trim() === '') return refuse(`${NOT_A_BACKUP} It is empty.`)
  const json = parseJson(text)
  if (!json.ok)
    return refuse(
      `${NOT_A_BACKUP} It is not complete or not in the right format (it may have been cut short).`,
    )
  const unsafe = findUnsafeJson(json.value)
  if (unsafe) return refuse(`This backup cannot be used: ${unsafe}.`)
  const format =
    typeof json.value === 'object' && json.value !== null
      ? (json.value as Record<string, unknown>)['format']
      : undefined
  if (format !== BACKUP_FORMAT) return refuse(NOT_A_BACKUP)
  const header = headerSchema.safeParse(json.value)
  if (!header.success) return refuse('This backup is damaged: its header is incomplete.')
  const { formatVersion, schemaVersion, appVersion, exportedAt, tables } = header.data
  if (formatVersion > BACKUP_FORMAT_VERSION || schemaVersion > LATEST_SCHEMA_VERSION) {
    return refuse(
      `This backup was made by a newer version of B12 Planner (${appVersion || 'unknown'}). Update the app, then restore it.`,
    )
  }
  const checked = {} as Record<BackupTableName, Record<string, unknown>[]>
  for (const table of BACKUP_TABLES) {
    const result = checkTable(table, tables[table], schemaVersion, ctx)
    if (!result.ok) return refuse(`This backup cannot be restored because ${result.message}.`)
    checked[table] = result.rows
  }
  return {
    ok: true,
    backup: {
      formatVersion,
      schemaVersion,
      appVersion,
      exportedAt,
      tables: checked as unknown as BackupTables,
    },
  }
}
