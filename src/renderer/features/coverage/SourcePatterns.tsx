import type { B12Source } from '../../../core/coverage'

export type Fill = B12Source | 'absorbed' | 'short' | 'enough'

export const FILLS: readonly Fill[] = ['animal', 'fortified', 'supplement', 'absorbed', 'short', 'enough']

/** The pattern fill of a series, e.g. url(#cov1-fortified). */
export function fillUrl(prefix: string, fill: Fill): string {
  return `url(#${prefix}-${fill})`
}

/**
 * SVG patterns so that sources differ by texture as well as colour: animal solid, fortified
 * diagonal stripes, supplement dots, absorbed horizontal lines (solid in normal colours). The
 * colours come from coverage.css, so high contrast turns them black on white.
 */
export function SourcePatterns({ prefix }: { prefix: string }) {
  const id = (fill: Fill): string => `${prefix}-${fill}`
  return (
    <defs>
      <pattern id={id('animal')} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect className="cov-bg-animal" width="8" height="8" />
      </pattern>
      <pattern id={id('fortified')} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect className="cov-bg-fortified" width="8" height="8" />
        <rect className="cov-ink-fortified" width="3.5" height="8" />
      </pattern>
      <pattern id={id('supplement')} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect className="cov-bg-supplement" width="8" height="8" />
        <circle className="cov-ink-supplement" cx="4" cy="4" r="2.2" />
      </pattern>
      <pattern id={id('absorbed')} width="8" height="6" patternUnits="userSpaceOnUse">
        <rect className="cov-bg-absorbed" width="8" height="6" />
        <rect className="cov-ink-absorbed" width="8" height="2.5" />
      </pattern>
      <pattern id={id('short')} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)">
        <rect className="cov-bg-short" width="8" height="8" />
        <rect className="cov-ink-short" width="3.5" height="8" />
      </pattern>
      <pattern id={id('enough')} width="8" height="8" patternUnits="userSpaceOnUse">
        <rect className="cov-bg-enough" width="8" height="8" />
      </pattern>
    </defs>
  )
}
