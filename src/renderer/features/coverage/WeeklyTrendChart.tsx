import { CartesianGrid, LabelList, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { axisTicks, formatDay, formatPct, trendSummary, type TrendRow, type WeeklyTrend } from '../../../core/coverage'
import { ChartFigure } from './ChartFigure'
import { ChartTooltipBox } from './ChartTooltip'
import { chartSize, type ChartSizeProps } from './chart-size'
import { LINE_DASHES, MARKERS, TrendMarker } from './TrendMarker'
import { useRemPx } from './use-rem-px'

export interface WeeklyTrendChartProps extends ChartSizeProps {
  trend: WeeklyTrend
}

const style = (i: number) => ({ dash: LINE_DASHES[i % LINE_DASHES.length] ?? '', marker: MARKERS[i % MARKERS.length] ?? 'circle', tone: `cov-series-${i % 4}` })

/**
 * Coverage week by week (past weeks and the planned ones) against 100 % of need, one line per
 * person; weeks with nothing planned are gaps.
 */
export function WeeklyTrendChart({ trend, width, height }: WeeklyTrendChartProps) {
  const rem = useRemPx()
  const summary = trendSummary(trend)
  const selected = trend.weeks.find((week) => week.selected)
  const single = trend.people.length === 1
  const chart = (
    <LineChart {...chartSize({ width, height })} data={trend.rows} margin={{ top: rem * 1.5, right: rem * 1.5, bottom: rem * 0.25, left: 0 }} title="Coverage week by week" desc={summary}>
      <CartesianGrid vertical={false} className="cov-grid" />
      <XAxis dataKey="label" tickLine={false} interval="preserveStartEnd" minTickGap={rem * 0.5} height={rem * 1.75} padding={{ left: rem, right: rem }} />
      <YAxis domain={[0, trend.axisTopPct]} ticks={axisTicks(trend.axisTopPct, 4)} tickFormatter={(v: number) => `${v} %`} width={rem * 4.5} />
      <Tooltip
        content={({ active, payload, label }) => {
          const row = active ? (payload?.[0]?.payload as TrendRow | undefined) : undefined
          const week = trend.weeks.find((w) => w.label === label)
          return row && week ? (
            <ChartTooltipBox
              title={`Week of ${formatDay(week.monday)}`}
              lines={trend.people.map((person) => ({ label: person.name, value: row[person.key] === null ? 'no estimate' : formatPct(row[person.key] as number) }))}
            />
          ) : null
        }}
      />
      <ReferenceLine y={100} className="cov-rda" label={{ value: '100 % of need', position: 'insideTopLeft', className: 'cov-ref-label' }} />
      {selected ? <ReferenceLine x={selected.label} className="cov-selected-week" label={{ value: 'Shown', position: 'insideBottom', className: 'cov-ref-label' }} /> : null}
      {trend.people.map((person, i) => {
        const s = style(i)
        return (
          <Line
            key={person.key}
            dataKey={`${person.key}Shown`}
            name={person.name}
            className={`cov-line ${s.tone}`}
            strokeDasharray={s.dash || undefined}
            strokeWidth={3}
            connectNulls={false}
            isAnimationActive={false}
            dot={(props: { cx?: number; cy?: number; index?: number }) => <TrendMarker key={`${person.key}-${props.index}`} cx={props.cx} cy={props.cy} shape={s.marker} className={`cov-marker ${s.tone}`} size={rem * 0.6} />}
            activeDot={(props: { cx?: number; cy?: number }) => <TrendMarker cx={props.cx} cy={props.cy} shape={s.marker} className={`cov-marker cov-marker-active ${s.tone}`} size={rem * 0.9} />}
          >
            {single ? <LabelList dataKey={person.key} position="top" className="cov-value-label" formatter={(v: unknown) => (typeof v === 'number' ? formatPct(v) : '')} /> : null}
          </Line>
        )
      })}
    </LineChart>
  )
  return (
    <ChartFigure
      id="trend"
      title="Week by week"
      summary={summary}
      legend={
        <ul className="chart-legend">
          {trend.people.map((person, i) => {
            const s = style(i)
            return (
              <li key={person.key}>
                <svg className="legend-swatch legend-swatch-wide" viewBox="0 0 36 16" aria-hidden="true" focusable="false">
                  <line x1="0" y1="8" x2="36" y2="8" className={`cov-line-swatch ${s.tone}`} strokeDasharray={s.dash || undefined} />
                  <TrendMarker cx={18} cy={8} shape={s.marker} className={`cov-marker ${s.tone}`} size={9} />
                </svg>
                {person.name}
              </li>
            )
          })}
          <li>
            <svg className="legend-swatch" viewBox="0 0 24 16" aria-hidden="true" focusable="false">
              <line x1="0" y1="8" x2="24" y2="8" className="cov-ref-rda" />
            </svg>
            100 %: the absorbed target
          </li>
        </ul>
      }
      chart={chart}
      note={`Each point is the week's estimated B12 absorbed as a share of need. Gaps are weeks with nothing planned (or no estimate).${trend.axisTopPct >= 400 ? ' Points above 400 % are drawn at the top; the table has the full values.' : ''}`}
      table={
        <table className="data-table coverage-table">
          <caption>Coverage week by week (absorbed, share of need)</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {trend.people.map((person) => (
                <th scope="col" key={person.key}>
                  {person.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {trend.weeks.map((week) => (
              <tr key={week.monday}>
                <th scope="row">
                  {formatDay(week.monday, true)}
                  {week.selected ? ' (shown)' : ''}
                </th>
                {week.values.map((value, i) => (
                  <td key={trend.people[i]?.key ?? i}>{value === null ? 'no estimate' : formatPct(value)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
