import { fillUrl, type Fill } from './SourcePatterns'

export interface LegendItem {
  label: string
  /** A pattern fill, or a reference line drawn solid or dashed. */
  mark: Fill | 'line' | 'dashed'
}

/** A text legend with the same patterns and line styles as the chart (readable without colour). */
export function ChartLegend({ prefix, items }: { prefix: string; items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.label}>
          <svg className="legend-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
            {item.mark === 'line' || item.mark === 'dashed' ? (
              <line x1="0" y1="8" x2="24" y2="8" className={item.mark === 'line' ? 'cov-ref-rda' : 'cov-ref-target'} />
            ) : (
              <rect x="1" y="1" width="22" height="14" fill={fillUrl(prefix, item.mark)} className={`cov-bar cov-bar-${item.mark}`} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  )
}
