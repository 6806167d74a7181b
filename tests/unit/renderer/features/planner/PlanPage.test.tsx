import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { PlanPage } from '../../../../../src/renderer/features/planner/PlanPage'
import { renderWithServices } from '../../../../fixtures/render-app'

async function setup(people: Record<string, unknown>[]) {
  const view = renderWithServices(<PlanPage />)
  for (const person of people) await view.services.profiles.save(person)
  await act(() => view.services.catalogue.load())
  await screen.findByRole('heading', { name: 'Week of Monday 16 November 2026' })
  return { ...view, user: userEvent.setup() }
}

describe('PlanPage', () => {
  it('asks for people first when the household is empty', async () => {
    renderWithServices(<PlanPage />)
    expect(await screen.findByText('No meals planned yet')).toBeInTheDocument()
  })

  it('generates a week in which every day meets the person’s target, and undo puts the empty week back', async () => {
    const { user, db } = await setup([{ id: 'p1', name: 'Ana', ageYears: 34, sex: 'F', diet: 'vegan', weightKg: 60, heightCm: 165 }])
    await user.click(screen.getByRole('button', { name: 'Generate the week' }))
    expect(await screen.findByText("Done: every day meets everyone's targets.", {}, { timeout: 20_000 })).toBeInTheDocument()
    expect(await db.planEntries.count()).toBe(28)
    await waitFor(() => expect(document.querySelectorAll('.day-summary')).toHaveLength(7))
    for (const summary of document.querySelectorAll('.day-summary')) expect(summary).toHaveTextContent('target met')
    await user.click(screen.getByRole('button', { name: 'Undo the new plan' }))
    await waitFor(async () => expect(await db.planEntries.count()).toBe(0))
  }, 30_000)

  it('says which target cannot be met and points to the supplement advice', async () => {
    const { user } = await setup([
      { id: 'p1', name: 'Ana', ageYears: 34, sex: 'F', diet: 'vegan', allergies: ['soy', 'soymilk', 'fortified', 'yeast', 'oat'] },
    ])
    await user.click(screen.getByRole('button', { name: 'Generate the week' }))
    const message = await screen.findByText(/some targets cannot be met/, {}, { timeout: 20_000 })
    const panel = message.closest('.callout')!
    expect(panel).toHaveTextContent(/absorbed B12 .* of 1\.2 µg/)
    expect(panel).toHaveTextContent(/A B12 supplement of about \d+ µg a day would close the gap/)
    expect(within(panel as HTMLElement).getByRole('link', { name: 'Open the Advice page' })).toBeInTheDocument()
    // The same proposal as the Advice page, with a one-click add.
    const change = screen.getByRole('region', { name: 'What would change this for Ana' })
    expect(within(change).getByRole('button', { name: /Add a 50 µg B12 tablet every day with breakfast to Ana's plan/ })).toBeInTheDocument()
  }, 30_000)

  it('adds a food to a meal and shows its B12 and the day’s summary', async () => {
    const { user } = await setup([{ id: 'p1', name: 'Ana', ageYears: 34, sex: 'F', diet: 'vegan' }])
    const monday = screen.getByRole('region', { name: 'Monday 16 November' })
    const breakfast = within(monday).getByRole('heading', { name: 'Breakfast' }).closest('.slot') as HTMLElement
    await user.click(within(breakfast).getByRole('button', { name: /^Add/ }))
    await user.click(within(breakfast).getByRole('radio', { name: 'A food' }))
    await user.type(within(breakfast).getByRole('searchbox', { name: 'Find a food' }), 'soymilk original')
    await user.click(within(breakfast).getByRole('button', { name: /Soymilk, original and vanilla, with added calcium/ }))
    const amount = within(breakfast).getByRole('textbox', { name: /Grams of/ })
    await user.clear(amount)
    await user.type(amount, '243{Enter}')
    // 0.85 µg/100 g × 243 g = 2.07 µg; one event → A(2.0655) ≈ 0.81 µg absorbed, below 1.2
    expect(await within(breakfast).findByText('B12 2.07 µg')).toBeInTheDocument()
    expect(within(monday).getByText(/Ana: 2.07 µg B12 eaten/)).toHaveTextContent('below target')
  })
})
