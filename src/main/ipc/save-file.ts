import { dialog, type BrowserWindow, type FileFilter } from 'electron'
import type { SaveFileRequest, SaveFileResult } from '../../shared/desktop-api'
import { writeFileAtomic } from './write-file-atomic'

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Buffer.from silently skips invalid base64, which would save a corrupt file without a word. */
export function decodeContent(content: string, encoding: SaveFileRequest['encoding']): Buffer {
  if (encoding === 'base64' && !BASE64.test(content)) {
    throw new Error('Invalid payload: content is not valid base64')
  }
  return Buffer.from(content, encoding)
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Asks where to save, then writes atomically. Cancel and I/O failures are values. */
export async function saveWithDialog(
  window: BrowserWindow,
  suggestedName: string,
  filters: FileFilter[],
  data: Uint8Array,
): Promise<SaveFileResult> {
  const choice = await dialog.showSaveDialog(window, { defaultPath: suggestedName, filters })
  if (choice.canceled || !choice.filePath) return { ok: false, reason: 'cancelled' }
  try {
    await writeFileAtomic(choice.filePath, data)
    return { ok: true, path: choice.filePath }
  } catch (error) {
    return { ok: false, reason: 'error', message: errorMessage(error) }
  }
}

export async function saveFile(
  window: BrowserWindow,
  request: SaveFileRequest,
): Promise<SaveFileResult> {
  const data = decodeContent(request.content, request.encoding)
  return saveWithDialog(window, request.suggestedName, request.filters, data)
}
