/**
 * The browser implementation of DesktopApi: what the renderer uses when it runs outside
 * Electron (`npm run preview:web`, the end-to-end tests, or a plain browser). Files are saved as
 * downloads, opened through a file input, and "print to PDF" opens the print dialog.
 */
import { allowedExternalUrl } from '../../shared/external-links'
import type {
  AppInfo,
  DesktopApi,
  FileFilter,
  MenuCommand,
  OpenFileRequest,
  OpenFileResult,
  PrintToPdfRequest,
  PrintToPdfResult,
  SaveFileRequest,
  SaveFileResult,
  OpenExternalResult,
} from '../../shared/desktop-api'

const MIME_BY_EXTENSION: Record<string, string> = {
  csv: 'text/csv;charset=utf-8',
  md: 'text/markdown;charset=utf-8',
  txt: 'text/plain;charset=utf-8',
  json: 'application/json',
  pdf: 'application/pdf',
}

function mimeFor(fileName: string): string {
  const extension = fileName.split('.').pop()?.toLowerCase() ?? ''
  return MIME_BY_EXTENSION[extension] ?? 'application/octet-stream'
}

function decodeBase64(content: string): Uint8Array<ArrayBuffer> {
  const binary = atob(content)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

function acceptAttribute(filters: FileFilter[]): string {
  return filters
    .flatMap((filter) => filter.extensions)
    .filter((extension) => extension !== '*')
    .map((extension) => `.${extension}`)
    .join(',')
}

export interface BrowserApiOptions {
  version: string
  /** For tests: replaces the real download trigger. */
  download?: (blob: Blob, fileName: string) => void
  /** For tests: replace window.confirm and window.open. */
  confirm?: (message: string) => boolean
  open?: (url: string, target: string, features: string) => unknown
}

const UNAVAILABLE = { ok: false, reason: 'unavailable' } as const

/** A cited source in a new tab, after the person confirms; only allow-listed https pages. */
function openExternalIn(confirm: (message: string) => boolean, open: BrowserApiOptions['open']) {
  return (url: string): Promise<OpenExternalResult> => {
    const allowed = allowedExternalUrl(url)
    if (allowed === null) return Promise.resolve({ ok: false, reason: 'not-allowed' })
    if (!confirm(`Open this page in a new tab?\n\n${allowed}`))
      return Promise.resolve({ ok: false, reason: 'cancelled' })
    open?.(allowed, '_blank', 'noopener,noreferrer')
    return Promise.resolve({ ok: true })
  }
}

function triggerDownload(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000)
}

function pickFile(request: OpenFileRequest): Promise<OpenFileResult> {
  return new Promise((resolve) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = acceptAttribute(request.filters)
    input.hidden = true
    input.addEventListener('cancel', () => {
      input.remove()
      resolve({ ok: false, reason: 'cancelled' })
    })
    input.addEventListener('change', () => {
      const file = input.files?.[0]
      input.remove()
      if (!file) return resolve({ ok: false, reason: 'cancelled' })
      if (file.size > request.maxBytes) {
        return resolve({
          ok: false,
          reason: 'too-large',
          message: `The file is ${Math.ceil(file.size / 1024)} KB; the largest allowed is ${Math.floor(request.maxBytes / 1024)} KB.`,
        })
      }
      file
        .text()
        .then((content) => resolve({ ok: true, name: file.name, content }))
        .catch((error: unknown) =>
          resolve({
            ok: false,
            reason: 'error',
            message: `The file could not be read: ${String(error)}`,
          }),
        )
    })
    document.body.append(input)
    input.click()
  })
}

export function createBrowserApi(options: BrowserApiOptions): DesktopApi {
  const download = options.download ?? triggerDownload
  const info: AppInfo = {
    name: 'B12 Planner',
    version: options.version,
    host: 'browser',
    platform: typeof navigator === 'undefined' ? 'unknown' : navigator.platform || 'web',
  }
  return {
    getAppInfo: () => Promise.resolve(info),
    saveFile(request: SaveFileRequest): Promise<SaveFileResult> {
      try {
        const data = request.encoding === 'base64' ? decodeBase64(request.content) : request.content
        download(new Blob([data], { type: mimeFor(request.suggestedName) }), request.suggestedName)
        return Promise.resolve({ ok: true, path: request.suggestedName })
      } catch (error) {
        return Promise.resolve({ ok: false, reason: 'error', message: String(error) })
      }
    },
    openFile: pickFile,
    printToPdf(_request: PrintToPdfRequest): Promise<PrintToPdfResult> {
      // The browser's own print dialog offers "Save as PDF".
      window.print()
      return Promise.resolve({ ok: true, path: 'print dialog' })
    },
    onMenuCommand(_listener: (command: MenuCommand) => void): () => void {
      return () => undefined
    },
    // A web page has no folder of its own to keep automatic backups in: Settings says so.
    writeAutoBackup: () => Promise.resolve(UNAVAILABLE),
    listAutoBackups: () => Promise.resolve(UNAVAILABLE),
    readAutoBackup: () => Promise.resolve(UNAVAILABLE),
    onBackupBeforeQuit: () => () => undefined,
    openExternal: openExternalIn(
      options.confirm ?? ((message) => window.confirm(message)),
      options.open ?? ((url, target, features) => window.open(url, target, features)),
    ),
  }
}
