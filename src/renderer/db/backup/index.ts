/** Backup and restore of everything the person entered (see format.ts for the file format). */
export { deleteAllUserData } from './delete-all'
export { collectBackup, serializeBackup, type ExportContext } from './export-backup'
export {
  BACKUP_FILE_FILTERS,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  BACKUP_LIMITS,
  BACKUP_TABLES,
  backupFileName,
  type BackupCounts,
  type BackupFile,
  type BackupTableName,
  type BackupTables,
} from './format'
export { parseBackup, type ParseBackupResult, type ValidBackup } from './parse-backup'
export { describePreview, previewBackup, type BackupPreview } from './preview'
export {
  restoreBackup,
  restoreFailureMessage,
  type RestoreMode,
  type RestoreResult,
} from './restore-backup'
export { watchUserData } from './watch-user-data'
