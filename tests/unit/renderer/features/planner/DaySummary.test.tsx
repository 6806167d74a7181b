import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { DayCoverage } from '../../../../../src/core/coverage/daily'
import { DaySummary } from '../../../../../src/renderer/features/planner/DaySummary'
import type { DayTotalsView } from '../../../../../src/renderer/features/planner/meal-view'

const day = (mealsPlanned: string[]): DayCoverage => ({
  date: '2026-11-17',
  dayIndex: 1,
  dayName: 'Tuesday',
  shortName: 'Tue',
  animalUg: 0,
  fortifiedUg: 4,
  supplementUg: 0,
  intakeUg: 4,
  absorbedUg: 1.9,
  mealsWithB12: mealsPlanned,
  mealsPlanned,
  largestMealShare: 0.5,
  short: false,
  shown: { animalUg: 0, fortifiedUg: 4, supplementUg: 0, absorbedUg: 1.9 },
  topSource: 'fortified',
})
const totals = (mealsPlanned: number): DayTotalsView => ({
  kind: 'totals',
  mealsPlanned,
  energy: { text: '1,420 kcal, below the 1,800–2,200 kcal target', position: 'below' },
  protein: { text: '62 g protein, at or above the 48 g minimum', position: 'above' },
})

describe('DaySummary', () => {
  it('B12, then kcal and protein against the targets in words', () => {
    render(
      <DaySummary
        name="Ana"
        day={day(['breakfast', 'lunch', 'dinner', 'snack'])}
        targetUg={1.2}
        absorbedEstimated
        totals={totals(4)}
      />,
    )
    expect(document.querySelector('.day-summary')).toHaveTextContent('target met')
    expect(
      screen.getByText(
        'Ana: 1,420 kcal, below the 1,800–2,200 kcal target; 62 g protein, at or above the 48 g minimum.',
      ),
    ).toHaveClass('day-totals', 'day-totals-off')
  })

  it('says when only some meals are planned', () => {
    render(
      <DaySummary
        name="Ana"
        day={day(['breakfast'])}
        targetUg={1.2}
        absorbedEstimated
        totals={totals(1)}
      />,
    )
    expect(document.querySelector('.day-totals')).toHaveTextContent(
      /minimum \(1 of 4 meals planned so far\)\.$/,
    )
  })

  it('nothing planned: one sentence, no figures against a target', () => {
    render(
      <DaySummary
        name="Ana"
        day={undefined}
        targetUg={1.2}
        absorbedEstimated
        totals={{ kind: 'nothing' }}
      />,
    )
    expect(screen.getByText('Ana: nothing planned for this day yet.')).toBeInTheDocument()
    expect(document.querySelector('.day-totals')).toBeNull()
    expect(document.body).not.toHaveTextContent(/kcal|target/)
  })
})
