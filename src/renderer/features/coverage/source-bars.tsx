import type { ReactElement } from 'react'
import { Bar, LabelList } from 'recharts'
import { B12_SOURCES, SOURCE_LABELS } from '../../../core/coverage'
import { fillUrl } from './SourcePatterns'
import { stackTotalKey, ugLabel } from './stack-total'

/**
 * The bars the daily and per-meal charts share: µg eaten stacked by source (animal, fortified,
 * supplement) with the stack's total on top, and, when absorption is estimated, µg absorbed
 * beside it. A function, not a component: Recharts reads its Bars as direct children.
 */
export function sourceBars(prefix: string, absorbedEstimated: boolean): ReactElement[] {
  const eaten = B12_SOURCES.map((source) => (
    <Bar
      key={source}
      dataKey={`shown.${source}Ug`}
      name={SOURCE_LABELS[source]}
      stackId="eaten"
      fill={fillUrl(prefix, source)}
      className={`cov-bar cov-bar-${source}`}
      isAnimationActive={false}
    >
      <LabelList dataKey={stackTotalKey(source)} position="top" className="cov-value-label" formatter={ugLabel} />
    </Bar>
  ))
  if (!absorbedEstimated) return eaten
  return [
    ...eaten,
    <Bar key="absorbed" dataKey="shown.absorbedUg" name="Absorbed (estimate)" fill={fillUrl(prefix, 'absorbed')} className="cov-bar cov-bar-absorbed" isAnimationActive={false}>
      <LabelList dataKey="absorbedUg" position="top" className="cov-value-label" formatter={ugLabel} />
    </Bar>,
  ]
}
