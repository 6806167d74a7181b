import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { CoveragePage } from '../../../../../src/renderer/features/coverage/CoveragePage'
import { renderWithServices } from '../../../../fixtures/render-app'

const rosa = { id: 'p1', name: 'Rosa', ageYears: 72, sex: 'F', diet: 'vegan' }
const sam = { id: 'p2', name: 'Sam', ageYears: 40, sex: 'M', diet: 'omnivore' }
const DATES = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20', '2026-11-21', '2026-11-22']

function soy(profileId: string, date: string, slot: string, n: number) {
  return { id: `${profileId}-${date}-${slot}-${n}`, profileId, date, slot, foodId: 'sr28:16139', item: { kind: 'food', foodId: 'sr28:16139', grams: 240 }, locked: false }
}

/** Soy milk at breakfast and lunch, only at dinner on Tuesday and Saturday. */
function rosaWeekRows() {
  return DATES.flatMap((date, day) => (day === 1 || day === 5 ? [soy('p1', date, 'dinner', 0)] : [soy('p1', date, 'breakfast', 0), soy('p1', date, 'lunch', 0)]))
}

async function pageWith(people: Record<string, unknown>[], rows: Record<string, unknown>[]) {
  const view = renderWithServices(<CoveragePage />)
  for (const person of people) await view.services.profiles.save(person)
  if (rows.length > 0) await view.db.planEntries.bulkAdd(rows as never)
  await act(() => view.services.catalogue.load())
  return { ...view, user: userEvent.setup() }
}

describe('CoveragePage', () => {
  it('with no one in the household, says so and links to the Household page', async () => {
    renderWithServices(<CoveragePage />)
    expect(await screen.findByText('No one in the household yet')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Add a person' })).toHaveAttribute('href', '#/household')
  })

  it('with nothing planned, shows the empty state and can move to another week', async () => {
    const { user } = await pageWith([rosa], [])
    expect(await screen.findByText('No B12 figures for this week yet')).toBeInTheDocument()
    expect(screen.getByText('Week of Monday 16 November 2026 (this week)')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next week' }))
    expect(screen.getByText('Week of Monday 23 November 2026 (next week)')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'This week' }))
    expect(screen.getByText('Week of Monday 16 November 2026 (this week)')).toBeInTheDocument()
  })

  it('for one person, shows the verdict, the daily bars with the RDA line, meals, trend and sources', async () => {
    const { user } = await pageWith([rosa], rosaWeekRows())
    expect(await screen.findByRole('heading', { name: 'Each day of the week' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent(/This week is (not )?enough for Rosa/)
    const daily = screen.getByRole('region', { name: 'Each day of the week' })
    expect(within(daily).getByText(/^Tuesday and Saturday fall short/, { selector: 'p' })).toBeInTheDocument()
    expect(within(daily).getByRole('table')).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Meal by meal on Tuesday' })).toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Day to show meal by meal' }), 'Monday')
    expect(screen.getByRole('heading', { name: 'Meal by meal on Monday' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Week by week' })).toBeInTheDocument()
    // Named as on the shopping list (UK wording with metric units), not by its USDA name.
    const sources = screen.getByRole('region', { name: 'Where the B12 comes from' })
    expect(sources).toHaveTextContent(/Soya drink, original and vanilla, fortified with B12/)
    expect(sources).not.toHaveTextContent(/Soymilk/)
  })

  it('for the household, compares people side by side and can switch to one person', async () => {
    const { user } = await pageWith([rosa, sam], [...rosaWeekRows(), soy('p2', '2026-11-18', 'lunch', 1)])
    expect(await screen.findByRole('heading', { name: 'Everyone this week' })).toBeInTheDocument()
    const household = screen.getByRole('region', { name: 'Everyone this week' })
    expect(within(household).getByRole('row', { name: /^Sam/ })).toHaveTextContent('Short')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show coverage for' }), 'Sam')
    expect(await screen.findByText(/This week is not enough for Sam/)).toBeInTheDocument()
  })

  it('§6a.2 with no meals planned and no usual week: no charts of zeros, says intake is not known and links to the usual-week step', async () => {
    await pageWith([rosa], [])
    expect(await screen.findByRole('heading', { name: 'No B12 figures for this week yet' })).toBeInTheDocument()
    expect(screen.getByText(/B12 Planner does not know yet what Rosa usually eats, so it cannot check Rosa's B12 intake/)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Describe a usual week for Rosa' })).toHaveAttribute('href', '#/advice?person=p1&step=usual-week')
    expect(screen.queryByRole('heading', { name: 'Each day of the week' })).not.toBeInTheDocument()
  })

  it('with a usual week and nothing planned, charts the usual week and says so', async () => {
    const usualWeek = { answers: [{ source: 'fortified_plant_milk', frequency: 'daily', slots: ['breakfast', 'snack'] }], supplementUg: null }
    await pageWith([{ ...rosa, usualWeek }], [])
    expect(await screen.findByText(/^Based on your usual week/)).toBeInTheDocument()
    const daily = screen.getByRole('region', { name: 'Each day of the week' })
    expect(within(daily).getByRole('table')).toHaveTextContent(/4\.1 µg/)
    expect(screen.queryByRole('heading', { name: /Meal by meal/ })).not.toBeInTheDocument()
  })

  it('in the household view, says whose figures rest on what', async () => {
    const usualWeek = { answers: [{ source: 'dairy', frequency: 'daily', slots: ['breakfast'] }], supplementUg: null }
    const ben = { id: 'p3', name: 'Ben', ageYears: 75, sex: 'M', diet: 'omnivore' }
    await pageWith([rosa, { ...sam, usualWeek }, ben], rosaWeekRows())
    expect(await screen.findByText('Based on the meals planned this week: Rosa.')).toBeInTheDocument()
    expect(screen.getByText('Based on the usual week described: Sam.')).toBeInTheDocument()
    expect(screen.getByText(/Not known yet, so not charted .*: Ben\./)).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Describe a usual week for Ben' })).toHaveAttribute('href', '#/advice?person=p3&step=usual-week')
  })
})
