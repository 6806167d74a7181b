import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, Tooltip, XAxis, YAxis } from 'recharts'
import { B12_SOURCES, formatUg, SOURCE_LABELS, sourcesSummary, type SourceTotal } from '../../../core/coverage'
import { FORTIFIED_SUFFIX } from '../../../core/foods'
import { ChartFigure } from './ChartFigure'
import { ChartLegend } from './ChartLegend'
import { ChartTooltipBox } from './ChartTooltip'
import { chartSize, idPrefix, type ChartSizeProps } from './chart-size'
import { fillUrl, SourcePatterns } from './SourcePatterns'
import { useRemPx } from './use-rem-px'

export interface TopSourcesChartProps extends ChartSizeProps {
  sources: readonly SourceTotal[]
  /** Whose week: "Rosa" or "the household". */
  whose: string
}

const SHORT = 28
const shortName = (name: string): string => (name.length > SHORT ? `${name.slice(0, SHORT - 1).trimEnd()}…` : name)
/** On the axis a fortified food's bar pattern says "fortified"; the tooltip and table keep the full name. */
const axisName = (source: SourceTotal): string => shortName(source.source === 'fortified' ? source.name.replace(`, ${FORTIFIED_SUFFIX}`, '') : source.name)

/** The foods and supplements that gave the most B12 this week, as horizontal bars by source. */
export function TopSourcesChart({ sources, whose, width, height }: TopSourcesChartProps) {
  const prefix = idPrefix(useId())
  const rem = useRemPx()
  const summary = sourcesSummary(sources)
  const rows = sources.map((source, i) => ({ ...source, rank: `${i + 1}. ${axisName(source)}` }))
  const chart = (
    <BarChart {...chartSize({ width, height })} data={rows} layout="vertical" margin={{ top: rem * 0.5, right: rem * 5, bottom: rem * 0.25, left: rem * 0.5 }} title={`Where ${whose}'s B12 comes from`} desc={summary}>
      <SourcePatterns prefix={prefix} />
      <CartesianGrid horizontal={false} className="cov-grid" />
      <XAxis type="number" tickFormatter={(v: number) => `${v} µg`} height={rem * 1.75} />
      <YAxis type="category" dataKey="rank" width={rem * 14} tickLine={false} interval={0} />
      <Tooltip
        content={({ active, payload }) => {
          const row = active ? (payload?.[0]?.payload as SourceTotal | undefined) : undefined
          return row ? (
            <ChartTooltipBox
              title={row.name}
              lines={[
                { label: 'Source', value: SOURCE_LABELS[row.source] },
                { label: 'This week', value: formatUg(row.ugPerWeek) },
                { label: 'Share', value: `${Math.round(row.sharePct)} %` },
              ]}
            />
          ) : null
        }}
      />
      <Bar dataKey="ugPerWeek" name="µg this week" className="cov-bar cov-bar-source" isAnimationActive={false}>
        {rows.map((row) => (
          <Cell key={row.rank} fill={fillUrl(prefix, row.source)} className={`cov-cell-${row.source}`} />
        ))}
        <LabelList dataKey="ugPerWeek" position="right" className="cov-value-label" formatter={(v: unknown) => (typeof v === 'number' ? formatUg(v) : '')} />
      </Bar>
    </BarChart>
  )
  return (
    <ChartFigure
      id="sources"
      title="Where the B12 comes from"
      summary={summary}
      legend={<ChartLegend prefix={prefix} items={B12_SOURCES.map((source) => ({ label: SOURCE_LABELS[source], mark: source }))} />}
      chart={chart}
      table={
        <table className="data-table coverage-table">
          <caption>Top B12 sources this week for {whose}</caption>
          <thead>
            <tr>
              <th scope="col">Food or supplement</th>
              <th scope="col">Source</th>
              <th scope="col">µg this week</th>
              <th scope="col">Share</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={`${source.source}-${source.name}`}>
                <th scope="row">{source.name}</th>
                <td>{SOURCE_LABELS[source.source]}</td>
                <td>{formatUg(source.ugPerWeek)}</td>
                <td>{Math.round(source.sharePct)} %</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
