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

/** Commands sent from the native application menu to the renderer. */
export type MenuCommand =
  | { type: 'text-size'; action: 'increase' | 'decrease' | 'reset' }
  | { type: 'navigate'; page: 'plan' | 'coverage' | 'advice' | 'shopping' | 'foods' | 'household' | 'settings' }

export interface DesktopApi {
  getAppInfo(): Promise<AppInfo>
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>
  openFile(request: OpenFileRequest): Promise<OpenFileResult>
  /** Print the current view to a PDF and offer to save it. */
  printToPdf(request: PrintToPdfRequest): Promise<PrintToPdfResult>
  /** Subscribe to menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void
}

declare global {
  interface Window {
    /** Present only inside the Electron app (set by the preload). */
    desktop?: DesktopApi
  }
}
