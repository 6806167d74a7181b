import { useId } from 'react'
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { axisTicks, formatPct, householdSummary, type HouseholdCoverage, type PersonCoverage } from '../../../core/coverage'
import { ChartFigure } from './ChartFigure'
import { ChartLegend } from './ChartLegend'
import { ChartTooltipBox } from './ChartTooltip'
import { chartSize, idPrefix, type ChartSizeProps } from './chart-size'
import { fillUrl, SourcePatterns } from './SourcePatterns'
import { useRemPx } from './use-rem-px'

export interface HouseholdComparisonChartProps extends ChartSizeProps {
  household: HouseholdCoverage
  rangeLabel: string
}

function verdict(person: PersonCoverage): string {
  if (!person.planned) return 'Nothing planned'
  if (person.adequate === null) return 'Not estimated'
  return person.adequate ? 'Enough' : 'Short'
}

/** Each person's absorbed estimate as a share of their own need this week, against 100 %. */
export function HouseholdComparisonChart({ household, rangeLabel, width, height }: HouseholdComparisonChartProps) {
  const prefix = idPrefix(useId())
  const rem = useRemPx()
  const summary = householdSummary(household)
  const chart = (
    <BarChart {...chartSize({ width, height })} data={household.people} margin={{ top: rem * 1.5, right: rem * 0.5, bottom: rem * 0.25, left: 0 }} title="Coverage per person this week" desc={summary}>
      <SourcePatterns prefix={prefix} />
      <CartesianGrid vertical={false} className="cov-grid" />
      <XAxis dataKey="name" tickLine={false} interval={0} height={rem * 1.75} />
      <YAxis domain={[0, household.axisTopPct]} ticks={axisTicks(household.axisTopPct, 4)} tickFormatter={(v: number) => `${v} %`} width={rem * 4.5} />
      <Tooltip
        content={({ active, payload }) => {
          const person = active ? (payload?.[0]?.payload as PersonCoverage | undefined) : undefined
          return person ? (
            <ChartTooltipBox
              title={person.name}
              lines={[
                { label: 'Absorbed, share of need', value: formatPct(person.effectivePct) },
                { label: 'Eaten, share of RDA', value: formatPct(person.intakePct) },
                { label: 'This week', value: verdict(person) },
              ]}
            />
          ) : null
        }}
      />
      <Bar dataKey="shownPct" name="Absorbed, share of need" className="cov-bar cov-bar-person" isAnimationActive={false}>
        {household.people.map((person, i) => (
          <Cell key={`${i}-${person.name}`} fill={fillUrl(prefix, person.adequate ? 'enough' : 'short')} className={person.adequate ? 'cov-cell-enough' : 'cov-cell-short'} />
        ))}
        <LabelList dataKey="effectivePct" position="top" className="cov-value-label" formatter={(v: unknown) => (typeof v === 'number' ? formatPct(v) : '–')} />
      </Bar>
      <ReferenceLine y={100} className="cov-rda" label={{ value: '100 % of need', position: 'insideTopLeft', className: 'cov-ref-label' }} />
    </BarChart>
  )
  return (
    <ChartFigure
      id="household"
      title="Everyone this week"
      summary={summary}
      legend={
        <ChartLegend
          prefix={prefix}
          items={[
            { label: 'Enough (100 % or more)', mark: 'enough' },
            { label: 'Short (under 100 %)', mark: 'short' },
            { label: '100 %: the absorbed target', mark: 'line' },
          ]}
        />
      }
      chart={chart}
      note="Each bar is the estimated B12 absorbed as a share of that person's own need, so people with different needs compare fairly."
      table={
        <table className="data-table coverage-table">
          <caption>Coverage per person, {rangeLabel}</caption>
          <thead>
            <tr>
              <th scope="col">Person</th>
              <th scope="col">Absorbed, share of need</th>
              <th scope="col">Eaten, share of RDA</th>
              <th scope="col">This week</th>
            </tr>
          </thead>
          <tbody>
            {household.people.map((person, i) => (
              <tr key={`${i}-${person.name}`}>
                <th scope="row">{person.name}</th>
                <td>{formatPct(person.effectivePct)}</td>
                <td>{formatPct(person.intakePct)}</td>
                <td>{verdict(person)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
