import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { DailyCoverageChart } from '../../../../../src/renderer/features/coverage/DailyCoverageChart'
import { rosaWeek } from './chart-data'

describe('DailyCoverageChart', () => {
  it('draws stacked source bars, absorbed bars, the RDA and target lines, with a summary and a table', () => {
    const { week } = rosaWeek()
    const { container } = render(<DailyCoverageChart week={week} rangeLabel="16–22 November 2026" personName="Rosa" width={800} height={400} />)
    const svg = container.querySelector('svg.recharts-surface')!
    expect(svg).toHaveAttribute('tabindex', '0')
    expect(container.querySelectorAll('.cov-bar-fortified .recharts-bar-rectangle').length).toBe(7)
    expect(container.querySelectorAll('.cov-bar-absorbed .recharts-bar-rectangle').length).toBe(7)
    expect(container.querySelectorAll('.recharts-reference-line')).toHaveLength(2)
    expect(svg).toHaveTextContent('RDA 2.4 µg')
    expect(svg).toHaveTextContent('Target 1.2 µg')
    expect(container.querySelector('pattern[id$="-fortified"]')).not.toBeNull()
    expect(screen.getByText(/^Tuesday and Saturday fall short/, { selector: 'p' })).toBeInTheDocument()
    const table = screen.getByRole('table', { name: /B12 each day for Rosa/ })
    expect(within(table).getAllByRole('row')).toHaveLength(9)
    expect(within(table).getByRole('row', { name: /^Tuesday/ })).toHaveTextContent('Short')
  })
})
