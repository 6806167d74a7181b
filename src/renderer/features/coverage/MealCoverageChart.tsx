import { useId, type ReactNode } from 'react'
import { Bar, BarChart, CartesianGrid, LabelList, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts'
import { axisTicks, formatUg, mealSummary, SOURCE_LABELS, type DayMeals, type MealCoverage } from '../../../core/coverage'
import { ChartFigure } from './ChartFigure'
import { ChartLegend } from './ChartLegend'
import { ChartTooltipBox } from './ChartTooltip'
import { stackTotalKey, ugLabel } from './stack-total'
import { chartSize, idPrefix, type ChartSizeProps } from './chart-size'
import { fillUrl, SourcePatterns } from './SourcePatterns'
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
      <Bar dataKey="shown.animalUg" name={SOURCE_LABELS.animal} stackId="eaten" fill={fillUrl(prefix, 'animal')} className="cov-bar cov-bar-animal" isAnimationActive={false}>
        <LabelList dataKey={stackTotalKey('animal')} position="top" className="cov-value-label" formatter={ugLabel} />
      </Bar>
      <Bar dataKey="shown.fortifiedUg" name={SOURCE_LABELS.fortified} stackId="eaten" fill={fillUrl(prefix, 'fortified')} className="cov-bar cov-bar-fortified" isAnimationActive={false}>
        <LabelList dataKey={stackTotalKey('fortified')} position="top" className="cov-value-label" formatter={ugLabel} />
      </Bar>
      <Bar dataKey="shown.supplementUg" name={SOURCE_LABELS.supplement} stackId="eaten" fill={fillUrl(prefix, 'supplement')} className="cov-bar cov-bar-supplement" isAnimationActive={false}>
        <LabelList dataKey={stackTotalKey('supplement')} position="top" className="cov-value-label" formatter={ugLabel} />
      </Bar>
      {estimated ? (
        <Bar dataKey="shown.absorbedUg" name="Absorbed (estimate)" fill={fillUrl(prefix, 'absorbed')} className="cov-bar cov-bar-absorbed" isAnimationActive={false}>
          <LabelList dataKey="absorbedUg" position="top" className="cov-value-label" formatter={ugLabel} />
        </Bar>
      ) : null}
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
