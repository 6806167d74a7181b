import { useId } from 'react'
import { BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { axisTicks, dailySummary, formatDay, formatUg, SOURCE_LABELS, type DayCoverage, type WeekCoverage } from '../../../core/coverage'
import { ChartFigure } from './ChartFigure'
import { ChartLegend } from './ChartLegend'
import { ChartTooltipBox } from './ChartTooltip'
import { chartSize, idPrefix, type ChartSizeProps } from './chart-size'
import { SourcePatterns } from './SourcePatterns'
import { sourceBars } from './source-bars'
import { useRemPx } from './use-rem-px'

export interface DailyCoverageChartProps extends ChartSizeProps {
  week: WeekCoverage
  /** "16–22 November 2026" */
  rangeLabel: string
  personName: string
}

function DayTooltip({ day, week }: { day: DayCoverage; week: WeekCoverage }) {
  return (
    <ChartTooltipBox
      title={`${day.dayName} ${formatDay(day.date)}`}
      lines={[
        { label: SOURCE_LABELS.animal, value: formatUg(day.animalUg) },
        { label: SOURCE_LABELS.fortified, value: formatUg(day.fortifiedUg) },
        { label: SOURCE_LABELS.supplement, value: formatUg(day.supplementUg) },
        { label: 'Eaten in all', value: `${formatUg(day.intakeUg)} (RDA ${formatUg(week.rdaUg)})` },
        { label: 'Absorbed (estimate)', value: day.absorbedUg === null ? 'not estimated' : `${formatUg(day.absorbedUg)} (target ${formatUg(week.targetUg)})` },
      ]}
    />
  )
}

function DailyTable({ week, rangeLabel, personName }: Omit<DailyCoverageChartProps, 'width' | 'height'>) {
  return (
    <table className="data-table coverage-table">
      <caption>
        B12 each day for {personName}, {rangeLabel} (µg)
      </caption>
      <thead>
        <tr>
          <th scope="col">Day</th>
          <th scope="col">{SOURCE_LABELS.animal}</th>
          <th scope="col">{SOURCE_LABELS.fortified}</th>
          <th scope="col">{SOURCE_LABELS.supplement}</th>
          <th scope="col">Eaten in all (RDA {formatUg(week.rdaUg)})</th>
          <th scope="col">Absorbed (target {formatUg(week.targetUg)})</th>
          <th scope="col">Enough?</th>
        </tr>
      </thead>
      <tbody>
        {week.days.map((day) => (
          <tr key={day.date}>
            <th scope="row">{day.dayName}</th>
            <td>{formatUg(day.animalUg)}</td>
            <td>{formatUg(day.fortifiedUg)}</td>
            <td>{formatUg(day.supplementUg)}</td>
            <td>{formatUg(day.intakeUg)}</td>
            <td>{day.absorbedUg === null ? 'not estimated' : formatUg(day.absorbedUg)}</td>
            <td>{day.short ? 'Short' : 'Yes'}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Average a day</th>
          <td colSpan={3}></td>
          <td>{week.intakeUgPerDay === null ? 'not known' : formatUg(week.intakeUgPerDay)}</td>
          <td>{week.absorbedUgPerDay === null ? 'not estimated' : formatUg(week.absorbedUgPerDay)}</td>
          <td>{week.adequate === null ? '–' : week.adequate ? 'Yes' : 'Short'}</td>
        </tr>
      </tfoot>
    </table>
  )
}

/**
 * Daily bars for one person's week: B12 eaten stacked by source against the RDA line, and beside
 * it the absorbed estimate against the absorbed target (dashed), so a single large dose visibly
 * counts for less than the same amount spread over meals.
 */
export function DailyCoverageChart({ week, rangeLabel, personName, width, height }: DailyCoverageChartProps) {
  const prefix = idPrefix(useId())
  const rem = useRemPx()
  const summary = dailySummary(week)
  const cut = week.days.some((day) => day.intakeUg > week.axisTopUg || (day.absorbedUg ?? 0) > week.axisTopUg)
  const chart = (
    <BarChart
      {...chartSize({ width, height })}
      data={week.days}
      margin={{ top: rem * 1.5, right: rem * 7.5, bottom: rem * 0.25, left: 0 }}
      barGap={2}
      title={`B12 each day for ${personName}`}
      desc={summary}
    >
      <SourcePatterns prefix={prefix} />
      <CartesianGrid vertical={false} className="cov-grid" />
      <XAxis dataKey="shortName" tickLine={false} interval={0} height={rem * 1.75} />
      <YAxis domain={[0, week.axisTopUg]} ticks={axisTicks(week.axisTopUg)} tickFormatter={(v: number) => `${v} µg`} width={rem * 4.5} />
      <Tooltip content={({ active, payload }) => (active && payload?.[0] ? <DayTooltip day={payload[0].payload as DayCoverage} week={week} /> : null)} />
      {sourceBars(prefix, week.absorbedEstimated)}
      <ReferenceLine y={week.rdaUg} className="cov-rda" ifOverflow="extendDomain" label={{ value: `RDA ${formatUg(week.rdaUg)}`, position: 'right', className: 'cov-ref-label' }} />
      {week.absorbedEstimated ? (
        <ReferenceLine y={week.targetUg} className="cov-target" ifOverflow="extendDomain" label={{ value: `Target ${formatUg(week.targetUg)}`, position: 'right', className: 'cov-ref-label' }} />
      ) : null}
    </BarChart>
  )
  return (
    <ChartFigure
      id="daily"
      title="Each day of the week"
      summary={summary}
      legend={
        <ChartLegend
          prefix={prefix}
          items={[
            { label: `Eaten: ${SOURCE_LABELS.animal.toLowerCase()}`, mark: 'animal' },
            { label: `Eaten: ${SOURCE_LABELS.fortified.toLowerCase()}`, mark: 'fortified' },
            { label: `Eaten: ${SOURCE_LABELS.supplement.toLowerCase()}`, mark: 'supplement' },
            ...(week.absorbedEstimated ? [{ label: 'Absorbed (estimate)', mark: 'absorbed' as const }] : []),
            { label: `RDA: ${formatUg(week.rdaUg)} eaten a day`, mark: 'line' },
            ...(week.absorbedEstimated ? [{ label: `Absorbed target: ${formatUg(week.targetUg)} a day`, mark: 'dashed' as const }] : []),
          ]}
        />
      }
      chart={chart}
      note={
        <>
          Left bar of each day: eaten; right bar: absorbed. Numbers on the bars are µg.
          {cut ? ` Bars taller than ${week.axisTopUg} µg are cut off at the top; the numbers show the full amount.` : ''} Focus the chart and use the arrow keys to hear each day.
        </>
      }
      table={<DailyTable week={week} rangeLabel={rangeLabel} personName={personName} />}
    />
  )
}
