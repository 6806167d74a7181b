import { formatUg, joinWords } from './format'
import { SOURCE_LABELS, type SourceTotal } from './sources'

/**
 * The sources chart's summary, e.g. "Most B12 this week comes from Soymilk (fortified food,
 * 6.0 µg, 60 %), then B12 tablet 25 µg (supplement, 4.0 µg, 40 %)."
 */
export function sourcesSummary(sources: readonly SourceTotal[]): string {
  const [first, ...rest] = sources
  if (!first) return 'Nothing with B12 is planned this week.'
  const describe = (s: SourceTotal): string =>
    `${s.name} (${SOURCE_LABELS[s.source].toLowerCase().replace(/s$/, '')}, ${formatUg(s.ugPerWeek)}, ${Math.round(s.sharePct)} %)`
  const then = rest.slice(0, 2)
  return `Most B12 this week comes from ${describe(first)}${then.length > 0 ? `, then ${joinWords(then.map(describe))}` : ''}.`
}
