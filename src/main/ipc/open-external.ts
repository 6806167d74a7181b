import { dialog, shell, type BrowserWindow } from 'electron'
import type { OpenExternalResult } from '../../shared/desktop-api'
import { allowedExternalUrl } from '../../shared/external-links'

/**
 * Opens one of the sources the app cites in the system browser, after the person confirms in a
 * native dialog that shows the exact address. Anything not on the allow-list (exact https URLs,
 * src/shared/external-links.ts) is refused before a dialog appears. Only the normalised,
 * allow-listed string reaches shell.openExternal.
 */
export async function openExternal(
  window: BrowserWindow,
  url: string,
): Promise<OpenExternalResult> {
  const allowed = allowedExternalUrl(url)
  if (allowed === null) return { ok: false, reason: 'not-allowed' }
  const { response } = await dialog.showMessageBox(window, {
    type: 'question',
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: 'Open this page in your web browser?',
    detail: allowed,
  })
  if (response !== 0) return { ok: false, reason: 'cancelled' }
  await shell.openExternal(allowed)
  return { ok: true }
}
