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
    const { user, db } = await setup([
      { id: 'p1', name: 'Ana', ageYears: 34, sex: 'F', diet: 'vegan', weightKg: 60, heightCm: 165 },
    ])
    await user.click(screen.getByRole('button', { name: 'Generate the week' }))
    expect(
      await screen.findByText("Done: every day meets everyone's targets.", {}, { timeout: 20_000 }),
    ).toBeInTheDocument()
    expect(await db.planEntries.count()).toBe(28)
    await waitFor(() => expect(document.querySelectorAll('.day-summary')).toHaveLength(7))
    for (const summary of document.querySelectorAll('.day-summary'))
      expect(summary).toHaveTextContent('target met')
    await user.click(screen.getByRole('button', { name: 'Undo the new plan' }))
    await waitFor(async () => expect(await db.planEntries.count()).toBe(0))
  }, 30_000)

  it('says which target cannot be met, computes no dose (§6a.6) and links to that person’s advice', async () => {
    const { user } = await setup([
      {
        id: 'p1',
        name: 'Ana',
        ageYears: 34,
        sex: 'F',
        diet: 'vegan',
        allergies: ['soy', 'soymilk', 'fortified', 'yeast', 'oat'],
      },
    ])
    await user.click(screen.getByRole('button', { name: 'Generate the week' }))
    const message = await screen.findByText(
      /some targets could not be met/,
      {},
      { timeout: 20_000 },
    )
    const panel = message.closest('.callout') as HTMLElement
    // One line for the B12 cause, however many days it affects.
    const b12 = within(panel).getAllByText(/could not give Ana enough B12:/)
    expect(b12).toHaveLength(1)
    expect(b12[0]).toHaveTextContent(/the target is 1\.2 µg absorbed a day/)
    expect(panel).not.toHaveTextContent(/supplement of about|would close the gap|µg a day/)
    expect(within(panel).getByRole('link', { name: "See Ana's advice" })).toHaveAttribute(
      'href',
      '#/advice?person=p1',
    )
  }, 30_000)

  it('§6a.3 a baby under 1 is shown with the reason, no add or suggest controls, and is skipped by the generator', async () => {
    const { user, db } = await setup([
      { id: 'p1', name: 'Ana', ageYears: 34, sex: 'F', diet: 'vegan', weightKg: 60, heightCm: 165 },
      { id: 'b1', name: 'Mia', ageYears: 0.5, sex: 'F', diet: 'vegan' },
    ])
    const notice = screen.getByRole('region', { name: 'No meals planned for Mia' })
    expect(notice).toHaveTextContent(
      "B12 Planner does not plan meals for babies under 1: breast milk and infant formula are outside what it can plan. Talk to your health visitor or the baby's clinician about how the baby gets B12.",
    )
    expect(within(notice).getByRole('link', { name: "See Mia's advice" })).toHaveAttribute(
      'href',
      '#/advice?person=b1',
    )
    const monday = screen.getByRole('region', { name: 'Monday 16 November' })
    const mia = within(monday)
      .getByRole('heading', { name: 'Mia' })
      .closest('.day-person') as HTMLElement
    expect(mia).toHaveTextContent(
      'No meals planned: B12 Planner does not plan meals for babies under 1.',
    )
    expect(within(mia).queryAllByRole('button')).toEqual([])
    expect(screen.queryAllByRole('button', { name: /Mia/ })).toEqual([])
    expect(within(monday).queryByText(/^Mia: .* B12 eaten/)).toBeNull()
    const ana = within(monday)
      .getByRole('heading', { name: 'Ana' })
      .closest('.day-person') as HTMLElement
    expect(within(ana).getAllByRole('button', { name: /^Add/ })).toHaveLength(4)

    await user.click(screen.getByRole('button', { name: 'Generate the week' }))
    const done = await screen.findByText(
      /^Done: every day meets the targets of everyone planned for\.$/,
      {},
      { timeout: 20_000 },
    )
    expect(done.closest('.callout')).toHaveTextContent(
      'Not planned: Mia. B12 Planner does not plan meals for babies under 1.',
    )
    expect(await db.planEntries.where('profileId').equals('b1').count()).toBe(0)
    expect(await db.planEntries.where('profileId').equals('p1').count()).toBe(28)
    // Meals cannot be moved or copied to Mia either.
    await user.click(within(ana).getAllByRole('button', { name: /^Move or copy/ })[0]!)
    expect(within(ana).queryByRole('combobox', { name: 'For' })).toBeNull()
  }, 30_000)

  it('§6a.3 a household with only a baby: the generate button explains there is no one to plan for', async () => {
    await setup([{ id: 'b1', name: 'Mia', ageYears: 0.5, sex: 'F', diet: 'vegan' }])
    const button = screen.getByRole('button', { name: 'Generate the week' })
    expect(button).toBeDisabled()
    expect(button).toHaveAccessibleDescription(
      'There is no one to plan meals for: B12 Planner does not plan meals for babies under 1.',
    )
    expect(screen.queryByRole('button', { name: /^Add/ })).toBeNull()
    expect(screen.queryByRole('button', { name: /^Suggest another/ })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Plan this week like another week' })).toBeNull()
    expect(screen.queryByText(/^More for/)).toBeNull()
    expect(
      screen.getAllByText('No meals planned: B12 Planner does not plan meals for babies under 1.'),
    ).toHaveLength(7)
  })

  it('§6a.2 an empty day says nothing is planned; a food added shows its B12 and the day’s summary', async () => {
    const { user } = await setup([{ id: 'p1', name: 'Ana', ageYears: 34, sex: 'F', diet: 'vegan' }])
    const monday = screen.getByRole('region', { name: 'Monday 16 November' })
    // §6a.2: nothing planned is not "no B12 eaten": no "below target" before a meal is planned.
    expect(
      await within(monday).findByText('Ana: nothing planned for this day yet.'),
    ).toBeInTheDocument()
    expect(screen.queryByText(/below target/)).toBeNull()
    const breakfast = within(monday)
      .getByRole('heading', { name: 'Breakfast' })
      .closest('.slot') as HTMLElement
    await user.click(within(breakfast).getByRole('button', { name: /^Add/ }))
    await user.click(within(breakfast).getByRole('radio', { name: 'A food' }))
    await user.type(
      within(breakfast).getByRole('searchbox', { name: 'Find a food' }),
      'soymilk original',
    )
    await user.click(
      within(breakfast).getByRole('button', {
        name: /Soymilk, original and vanilla, with added calcium/,
      }),
    )
    const amount = within(breakfast).getByRole('textbox', { name: /Grams of/ })
    await user.clear(amount)
    await user.type(amount, '243{Enter}')
    // 0.85 µg/100 g × 243 g = 2.07 µg; one event → A(2.0655) ≈ 0.81 µg absorbed, below 1.2
    expect(await within(breakfast).findByText('B12 2.07 µg')).toBeInTheDocument()
    expect(within(monday).getByText(/Ana: 2.07 µg B12 eaten/)).toHaveTextContent('below target')
    // kcal and protein of the planned day against Ana's targets, in words (issue 14).
    expect(within(monday).getByText(/^Ana: 104 kcal, below the /)).toHaveTextContent(
      /kcal target; 6 g protein, below the \d+ g minimum \(1 of 4 meals planned so far\)\.$/,
    )
  })
})
