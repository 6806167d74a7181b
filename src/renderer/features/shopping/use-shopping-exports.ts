import { useCallback, useState } from 'react'
import { toPlainText, type ShoppingList, type UnitSystem } from '../../../core/shopping'
import { useServices } from '../../data'
import type { SaveOutcomeValue } from '../../components/SaveOutcome'
import { EXPORT_NAMES, exportRequest, fileStem, type ExportKind } from './shopping-view'

export interface ShoppingExports {
  status: SaveOutcomeValue | null
  /** The list as text when copying was refused, so the person can select and copy it. */
  copyFallback: string | null
  save: (kind: ExportKind) => Promise<void>
  copy: () => Promise<void>
  savePdf: () => Promise<void>
  /** Forgets the last message (when the view changes). */
  clear: () => void
}

/** Saving, printing and copying the list, each ending with a clear message. */
export function useShoppingExports(list: ShoppingList | null, system: UnitSystem): ShoppingExports {
  const { desktop } = useServices()
  const [status, setStatus] = useState<SaveOutcomeValue | null>(null)
  const [copyFallback, setCopyFallback] = useState<string | null>(null)

  const save = useCallback(
    async (kind: ExportKind) => {
      if (!list) return
      setStatus(null)
      setCopyFallback(null)
      try {
        const result = await desktop.saveFile(exportRequest(kind, list, system))
        if (result.ok)
          setStatus({
            kind: 'saved',
            text: `Saved the list as a ${EXPORT_NAMES[kind]}: ${result.path}`,
          })
        else if (result.reason === 'cancelled')
          setStatus({ kind: 'info', text: 'Nothing was saved: the save was cancelled.' })
        else setStatus({ kind: 'failed', text: `The file could not be saved: ${result.message}` })
      } catch (error) {
        setStatus({ kind: 'failed', text: `The file could not be saved: ${String(error)}` })
      }
    },
    [desktop, list, system],
  )

  const copy = useCallback(async () => {
    if (!list) return
    const text = toPlainText(list, { system })
    setStatus(null)
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard')
      await navigator.clipboard.writeText(text)
      setCopyFallback(null)
      setStatus({
        kind: 'saved',
        text: 'Copied the list. You can paste it into a message or a note.',
      })
    } catch {
      setCopyFallback(text)
      setStatus({
        kind: 'info',
        text: 'Copying was not allowed here. The list is shown below as text: select it and copy it, or use “Save as text”.',
      })
    }
  }, [list, system])

  const savePdf = useCallback(async () => {
    if (!list) return
    setStatus(null)
    setCopyFallback(null)
    try {
      const info = await desktop.getAppInfo()
      const result = await desktop.printToPdf({
        suggestedName: `${fileStem(list.range)}.pdf`,
        landscape: false,
      })
      if (result.ok && info.host === 'browser') {
        setStatus({
          kind: 'info',
          text: 'The print window opened. To keep a PDF, choose “Save as PDF” as the printer.',
        })
      } else if (result.ok)
        setStatus({ kind: 'saved', text: `Saved the large-print PDF: ${result.path}` })
      else if (result.reason === 'cancelled')
        setStatus({ kind: 'info', text: 'Nothing was saved: the save was cancelled.' })
      else setStatus({ kind: 'failed', text: `The PDF could not be saved: ${result.message}` })
    } catch (error) {
      setStatus({ kind: 'failed', text: `The PDF could not be saved: ${String(error)}` })
    }
  }, [desktop, list])

  const clear = useCallback(() => {
    setStatus(null)
    setCopyFallback(null)
  }, [])

  return { status, copyFallback, save, copy, savePdf, clear }
}
