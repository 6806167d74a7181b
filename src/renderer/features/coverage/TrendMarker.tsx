/** Line styles per person: dash pattern and marker shape, so lines differ without colour. */
export const LINE_DASHES = ['', '10 5', '3 4', '14 4 3 4'] as const
export const MARKERS = ['circle', 'square', 'triangle', 'diamond'] as const
export type MarkerShape = (typeof MARKERS)[number]

export interface TrendMarkerProps {
  cx?: number
  cy?: number
  shape: MarkerShape
  className: string
  /** Size in px (scaled with the text size by the caller). */
  size: number
}

/** A point marker drawn at (cx, cy); nothing when the point has no value. */
export function TrendMarker({ cx, cy, shape, className, size }: TrendMarkerProps) {
  if (cx === undefined || cy === undefined || !Number.isFinite(cx) || !Number.isFinite(cy)) return null
  const r = size / 2
  if (shape === 'circle') return <circle cx={cx} cy={cy} r={r} className={className} />
  if (shape === 'square') return <rect x={cx - r} y={cy - r} width={size} height={size} className={className} />
  const points =
    shape === 'triangle'
      ? `${cx},${cy - r * 1.2} ${cx + r * 1.1},${cy + r * 0.8} ${cx - r * 1.1},${cy + r * 0.8}`
      : `${cx},${cy - r * 1.3} ${cx + r * 1.1},${cy} ${cx},${cy + r * 1.3} ${cx - r * 1.1},${cy}`
  return <polygon points={points} className={className} />
}
