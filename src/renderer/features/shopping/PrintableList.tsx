import type { PrintModel } from '../../../core/shopping'

export interface PrintableListProps {
  model: PrintModel
  /** Shown on screen (the large-print page); otherwise it appears only when printing. */
  onScreen: boolean
}

/** The large-print list: what printing and "Save as PDF" produce. Wording comes from the core. */
export function PrintableList({ model, onScreen }: PrintableListProps) {
  return (
    <article
      className={onScreen ? 'shop-print is-on-screen' : 'shop-print'}
      aria-labelledby={onScreen ? 'shop-print-title' : undefined}
    >
      <h2 id={onScreen ? 'shop-print-title' : undefined}>{model.title}</h2>
      <p className="shop-print-subtitle">{model.subtitle}</p>
      {model.periodNotes.map((note) => (
        <p key={note} className="shop-print-period">
          {note}
        </p>
      ))}
      {model.sections.map((section) => (
        <section key={section.heading}>
          <h3>{section.heading}</h3>
          <ul>
            {section.rows.map((row) => (
              <li key={row.key} className={row.checked ? 'is-checked' : undefined}>
                <span
                  className="shop-print-box"
                  role="img"
                  aria-label={row.checked ? 'Ticked' : 'Not ticked'}
                >
                  {row.checked ? '☑' : '☐'}
                </span>
                <span className="shop-print-text">
                  {row.buy !== '' ? <strong>{row.buy} </strong> : null}
                  {row.name}
                  {row.notes.length > 0 ? (
                    <span className="shop-print-notes"> ({row.notes.join('; ')})</span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
      {model.atHome ? (
        <section className="shop-print-at-home">
          <h3>{model.atHome.heading}</h3>
          {/* No box: these are at home already, not to be picked up. */}
          <ul>
            {model.atHome.rows.map((row) => (
              <li key={row.key}>
                <span className="shop-print-text">
                  {row.name}
                  {row.notes.length > 0 ? (
                    <span className="shop-print-notes"> ({row.notes.join('; ')})</span>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {model.footnote ? <p className="shop-print-footnote">{model.footnote}</p> : null}
    </article>
  )
}
