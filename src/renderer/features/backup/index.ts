export {
  AUTO_BACKUP_DELAY_MS,
  startAutoBackup,
  type AutoBackupDeps,
  type Timer,
} from './auto-backup'
export { useAutoBackup } from './use-auto-backup'
