/**
 * The one contract between the renderer and whatever hosts it: the Electron preload bridge
 * (src/preload) or the browser fallback (src/renderer/platform/browser.ts). Every method is
 * something only the operating system can do; everything else stays in the renderer.
 *
 * Expected failures (the user cancelled a dialog, a file was too large) are returned as values.
 * Only bugs throw.
 */

export interface AppInfo {
  name: string
  version: string
  /** 'desktop' when running inside Electron, 'browser' for the web fallback. */
  host: 'desktop' | 'browser'
  platform: string
}

export interface FileFilter {
  name: string
  extensions: string[]
}

export interface SaveFileRequest {
  /** File name offered in the save dialog, e.g. "shopping-list-2026-11-23.csv". */
  suggestedName: string
  /** Text content, or base64 when `encoding` is 'base64' (binary files such as PDFs). */
  content: string
  encoding: 'utf8' | 'base64'
  filters: FileFilter[]
}

export type SaveFileResult =
  | { ok: true; path: string }
  | { ok: false; reason: 'cancelled' }
  | { ok: false; reason: 'error'; message: string }

export interface OpenFileRequest {
  filters: FileFilter[]
  /** Refuse files larger than this many bytes, so a wrong pick cannot freeze the app. */
  maxBytes: number
}

export type OpenFileResult =
  | { ok: true; name: string; content: string }
  | { ok: false; reason: 'cancelled' }
  | { ok: false; reason: 'too-large'; message: string }
  | { ok: false; reason: 'error'; message: string }

export interface PrintToPdfRequest {
  suggestedName: string
  landscape: boolean
}

export type PrintToPdfResult = SaveFileResult

export interface AutoBackupRequest {
  /** The backup file text (JSON), as built by the renderer. */
  content: string
}

/** 'unavailable': automatic backups exist only in the desktop app (not in a browser). */
export type AutoBackupWriteResult =
  | { ok: true; name: string; path: string }
  | { ok: false; reason: 'unavailable' }
  | { ok: false; reason: 'error'; message: string }

export interface AutoBackupInfo {
  /** File name, e.g. "auto-backup-2026-11-21.json" (one per day). */
  name: string
  /** The day it is for, YYYY-MM-DD. */
  day: string
  bytes: number
  /** ISO 8601 time of the last write. */
  modifiedAt: string
}

export type AutoBackupListResult =
  | { ok: true; folder: string; backups: AutoBackupInfo[] }
  | { ok: false; reason: 'unavailable' }
  | { ok: false; reason: 'error'; message: string }

export interface AutoBackupReadRequest {
  name: string
}

export type AutoBackupReadResult =
  | { ok: true; name: string; content: string }
  | { ok: false; reason: 'unavailable' }
  | { ok: false; reason: 'error'; message: string }

export type OpenExternalResult =
  | { ok: true }
  | { ok: false; reason: 'cancelled' }
  /** Not one of the sources the app cites (see src/shared/external-links.ts). */
  | { ok: false; reason: 'not-allowed' }

/** Commands sent from the native application menu to the renderer. */
export type MenuCommand =
  | { type: 'text-size'; action: 'increase' | 'decrease' | 'reset' }
  | {
      type: 'navigate'
      page: 'plan' | 'coverage' | 'advice' | 'shopping' | 'foods' | 'household' | 'settings'
    }

export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  openFile(request: OpenFileRequest): Promise<OpenFileResult>
  /** Print the current view to a PDF and offer to save it. */
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResult>
  /** Subscribe to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
  /** Store today's automatic backup (desktop only; one file per day, the last 14 days kept). */
  writeAutoBackup(request: AutoBackupRequest): Promise<AutoBackupWriteResult>
  /** The automatic backups, newest first, and the folder they are in. */
  listAutoBackups(): Promise<AutoBackupListResult>
  readAutoBackup(request: AutoBackupReadRequest): Promise<AutoBackupReadResult>
  /**
   * Called when the desktop window is about to close: the listener should hand over a last
   * automatic backup with writeAutoBackup (the window closes when it arrives, or after a few
   * seconds). Returns an unsubscribe function.
   */
  onBackupBeforeQuit(listener: () => void): () => void
  /** Opens a cited source in the system browser after the person confirms; allow-list only. */
  openExternal(url: string): Promise<OpenExternalResult>
}

declare global {
  interface Window {
    /** Present only inside the Electron app (set by the preload). */
    desktop?: DesktopApi
  }
}
