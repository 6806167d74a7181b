import { useId, type ReactNode } from 'react'
import { BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { axisTicks, formatUg, mealSummary, SOURCE_LABELS, type DayMeals, type MealCoverage } from '../../../core/coverage'
import { ChartFigure } from './ChartFigure'
import { ChartLegend } from './ChartLegend'
import { ChartTooltipBox } from './ChartTooltip'
import { chartSize, idPrefix, type ChartSizeProps } from './chart-size'
import { SourcePatterns } from './SourcePatterns'
import { sourceBars } from './source-bars'
import { useRemPx } from './use-rem-px'

export interface MealCoverageChartProps extends ChartSizeProps {
  day: DayMeals
  dayName: string
  /** A day picker, shown above the chart. */
  controls?: ReactNode
}

const absorbedText = (meal: MealCoverage): string => (meal.absorbedUg === null ? 'not estimated' : formatUg(meal.absorbedUg))
const shareText = (meal: MealCoverage): string =>
  meal.absorbedUg === null || meal.intakeUg === 0 ? '–' : `${Math.round((100 * meal.absorbedUg) / meal.intakeUg)} %`

/**
 * One day meal by meal: µg eaten (by source) and µg absorbed, with a line at the ~1.5 µg that one
 * meal can absorb at most through intrinsic factor.
 */
export function MealCoverageChart({ day, dayName, controls, width, height }: MealCoverageChartProps) {
  const prefix = idPrefix(useId())
  const rem = useRemPx()
  const summary = mealSummary(day, dayName)
  const estimated = day.meals.every((meal) => meal.absorbedUg !== null)
  const cut = day.meals.some((meal) => meal.intakeUg > day.axisTopUg)
  const chart = (
    <BarChart {...chartSize({ width, height })} data={day.meals} margin={{ top: rem * 1.5, right: rem * 7.5, bottom: rem * 0.25, left: 0 }} title={`B12 per meal on ${dayName}`} desc={summary}>
      <SourcePatterns prefix={prefix} />
      <CartesianGrid vertical={false} className="cov-grid" />
      <XAxis dataKey="label" tickLine={false} interval={0} height={rem * 1.75} />
      <YAxis domain={[0, day.axisTopUg]} ticks={axisTicks(day.axisTopUg)} tickFormatter={(v: number) => `${v} µg`} width={rem * 4.5} />
      <Tooltip
        content={({ active, payload }) => {
          const meal = active ? (payload?.[0]?.payload as MealCoverage | undefined) : undefined
          return meal ? (
            <ChartTooltipBox
              title={`${meal.label}, ${dayName}`}
              lines={[
                { label: 'Eaten', value: formatUg(meal.intakeUg) },
                { label: 'Absorbed (estimate)', value: absorbedText(meal) },
                { label: 'Share absorbed', value: shareText(meal) },
              ]}
            />
          ) : null
        }}
      />
      {sourceBars(prefix, estimated)}
      <ReferenceLine y={day.saturationUg} className="cov-target" label={{ value: `Cap ${formatUg(day.saturationUg)}`, position: 'right', className: 'cov-ref-label' }} />
    </BarChart>
  )
  return (
    <ChartFigure
      id="meals"
      title={`Meal by meal on ${dayName}`}
      summary={summary}
      controls={controls}
      legend={
        <ChartLegend
          prefix={prefix}
          items={[
            { label: `Eaten: ${SOURCE_LABELS.animal.toLowerCase()}`, mark: 'animal' },
            { label: `Eaten: ${SOURCE_LABELS.fortified.toLowerCase()}`, mark: 'fortified' },
            { label: `Eaten: ${SOURCE_LABELS.supplement.toLowerCase()}`, mark: 'supplement' },
            ...(estimated ? [{ label: 'Absorbed (estimate)', mark: 'absorbed' as const }] : []),
            { label: `About ${formatUg(day.saturationUg)}: the most one meal absorbs`, mark: 'dashed' },
          ]}
        />
      }
      chart={chart}
      note={`Left bar of each meal: eaten; right bar: absorbed.${cut ? ` Bars taller than ${day.axisTopUg} µg are cut off; the numbers show the full amount.` : ''}`}
      table={
        <table className="data-table coverage-table">
          <caption>B12 per meal on {dayName} (µg)</caption>
          <thead>
            <tr>
              <th scope="col">Meal</th>
              <th scope="col">Eaten</th>
              <th scope="col">Absorbed (estimate)</th>
              <th scope="col">Share absorbed</th>
            </tr>
          </thead>
          <tbody>
            {day.meals.map((meal) => (
              <tr key={meal.meal}>
                <th scope="row">{meal.label}</th>
                <td>{formatUg(meal.intakeUg)}</td>
                <td>{absorbedText(meal)}</td>
                <td>{shareText(meal)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  )
}
