import type { ReactNode } from 'react'

export interface ChartFigureProps {
  id: string
  title: string
  /** The one-sentence plain-language summary, shown first. */
  summary: string
  /** Chart controls (e.g. a day picker), above the chart. */
  controls?: ReactNode
  legend?: ReactNode
  chart: ReactNode
  /** The numbers as a table: the chart's text alternative. */
  table: ReactNode
  note?: ReactNode
}

/**
 * One chart with its heading, summary, legend and a "Show the numbers" table. The summary is the
 * figure's description, so a screen reader hears it when it reaches the chart.
 */
export function ChartFigure({ id, title, summary, controls, legend, chart, table, note }: ChartFigureProps) {
  return (
    <section className="chart-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="chart-summary" id={`${id}-summary`}>
        {summary}
      </p>
      {controls}
      {legend}
      <div className={`chart-box chart-box-${id}`}>{chart}</div>
      {note ? <p className="hint chart-note">{note}</p> : null}
      <details className="chart-numbers">
        <summary>Show the numbers</summary>
        {table}
      </details>
    </section>
  )
}
