import { dialog, type BrowserWindow } from 'electron'
import { open } from 'node:fs/promises'
import path from 'node:path'
import type { OpenFileRequest, OpenFileResult } from '../../shared/desktop-api'
import { errorMessage } from './save-file'

function tooLarge(bytes: number, maxBytes: number): OpenFileResult {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1)
  return {
    ok: false,
    reason: 'too-large',
    message: `The file is ${mb(bytes)} MB; files up to ${mb(maxBytes)} MB can be opened.`,
  }
}

/** Reads a UTF-8 file the user picked, refusing it before reading when it is too large. */
export async function openFile(
  window: BrowserWindow,
  request: OpenFileRequest,
): Promise<OpenFileResult> {
  const choice = await dialog.showOpenDialog(window, {
    properties: ['openFile'],
    filters: request.filters,
  })
  const filePath = choice.filePaths[0]
  if (choice.canceled || filePath === undefined) return { ok: false, reason: 'cancelled' }
  try {
    // stat and read through one handle, so the file checked is the file read.
    const handle = await open(filePath, 'r')
    try {
      const stats = await handle.stat()
      if (!stats.isFile()) return { ok: false, reason: 'error', message: 'Not a regular file.' }
      if (stats.size > request.maxBytes) return tooLarge(stats.size, request.maxBytes)
      const data = await handle.readFile()
      // The file may have grown since stat.
      if (data.byteLength > request.maxBytes) return tooLarge(data.byteLength, request.maxBytes)
      return { ok: true, name: path.basename(filePath), content: data.toString('utf8') }
    } finally {
      await handle.close()
    }
  } catch (error) {
    return { ok: false, reason: 'error', message: errorMessage(error) }
  }
}
