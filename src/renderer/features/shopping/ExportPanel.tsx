import { SaveOutcome } from '../../components/SaveOutcome'
import type { ShoppingExports } from './use-shopping-exports'

export interface ExportPanelProps {
  exports: ShoppingExports
  onShowPrintable: () => void
}

/** Save the list as a spreadsheet, checklist or text; print it large; copy it. */
export function ExportPanel({ exports, onShowPrintable }: ExportPanelProps) {
  return (
    <section className="shop-exports no-print" aria-labelledby="shop-exports-title">
      <h2 id="shop-exports-title">Save, print or share the list</h2>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void exports.save('csv')}
        >
          Save as spreadsheet (CSV)
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void exports.save('markdown')}
        >
          Save as checklist (Markdown)
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void exports.save('text')}
        >
          Save as text
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void exports.copy()}
        >
          Copy to clipboard
        </button>
      </div>
      <div className="button-row">
        <button
          id="shop-show-printable"
          type="button"
          className="button button-secondary"
          onClick={onShowPrintable}
        >
          Large-print page
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void exports.savePdf()}
        >
          Save as PDF
        </button>
      </div>
      <SaveOutcome outcome={exports.status} />
      {exports.copyFallback !== null ? (
        <div className="form-field">
          <label htmlFor="shop-copy-text">The list as text</label>
          <textarea
            id="shop-copy-text"
            readOnly
            rows={10}
            value={exports.copyFallback}
            onFocus={(event) => event.target.select()}
          />
        </div>
      ) : null}
    </section>
  )
}
