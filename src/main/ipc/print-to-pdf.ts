import type { BrowserWindow } from 'electron'
import type { PrintToPdfRequest, PrintToPdfResult } from '../../shared/desktop-api'
import { errorMessage, saveWithDialog } from './save-file'

const PDF_FILTERS = [{ name: 'PDF document', extensions: ['pdf'] }]

function withPdfExtension(name: string): string {
  return name.toLowerCase().endsWith('.pdf') ? name : `${name}.pdf`
}

/** Renders the window's current page to an A4 PDF, then asks where to save it. */
export async function printToPdf(
  window: BrowserWindow,
  request: PrintToPdfRequest,
): Promise<PrintToPdfResult> {
  let pdf: Uint8Array
  try {
    pdf = await window.webContents.printToPDF({
      printBackground: true,
      landscape: request.landscape,
      pageSize: 'A4',
    })
  } catch (error) {
    return { ok: false, reason: 'error', message: errorMessage(error) }
  }
  return saveWithDialog(window, withPdfExtension(request.suggestedName), PDF_FILTERS, pdf)
}
