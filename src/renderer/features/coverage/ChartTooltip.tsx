export interface TooltipLine {
  label: string
  value: string
}

/** The tooltip box: a title and label–value lines (shown on hover and with the arrow keys). */
export function ChartTooltipBox({ title, lines }: { title: string; lines: readonly TooltipLine[] }) {
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title}</p>
      <dl>
        {lines.map((line) => (
          <div key={line.label} className="chart-tooltip-line">
            <dt>{line.label}</dt>
            <dd>{line.value}</dd>
          </div>
        ))}
      </dl>
    </div>
  )
}
