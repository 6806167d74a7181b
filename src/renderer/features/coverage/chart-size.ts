/**
 * Chart sizing: fixed pixels when given (tests in jsdom, which has no layout), else the chart
 * fills its box, whose height is set in rem by coverage.css so it grows with the text size.
 */
export interface ChartSizeProps {
  /** Fixed width in px; leave out to fill the box. */
  width?: number
  /** Fixed height in px; leave out to fill the box. */
  height?: number
}

export function chartSize({ width, height }: ChartSizeProps): { width: number | `${number}%`; height: number | `${number}%`; responsive: boolean } {
  if (width !== undefined && height !== undefined) return { width, height, responsive: false }
  return { width: '100%', height: '100%', responsive: true }
}

/** A DOM-safe id prefix from React's useId (which may contain « » or colons). */
export function idPrefix(reactId: string): string {
  return `cov${reactId.replace(/[^a-zA-Z0-9_-]/g, '')}`
}
