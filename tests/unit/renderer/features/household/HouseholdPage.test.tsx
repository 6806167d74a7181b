import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { HouseholdPage } from '../../../../../src/renderer/features/household/HouseholdPage'
import { renderWithServices } from '../../../../fixtures/render-app'

async function setup() {
  const view = renderWithServices(<HouseholdPage />)
  await act(() => view.services.catalogue.load())
  return { ...view, user: userEvent.setup() }
}

describe('HouseholdPage', () => {
  it('starts with an empty state that offers to add a person', async () => {
    await setup()
    expect(await screen.findByText('No people added yet')).toBeInTheDocument()
  })

  it('shows every problem at once, focuses the summary, and saves nothing', async () => {
    const { user, services } = await setup()
    await user.click(await screen.findByRole('button', { name: 'Add a person' }))
    await user.type(screen.getByRole('textbox', { name: /Age in years/ }), '130')
    await user.click(screen.getByRole('button', { name: 'Save person' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Please enter a name')
    expect(summary).toHaveTextContent('Age must be between 0 and 120 years.')
    expect(summary).toHaveTextContent('Choose female, male or another answer.')
    expect(summary).toHaveTextContent('Choose a diet.')
    await waitFor(() => expect(summary).toHaveFocus())
    expect(await services.profiles.list()).toEqual([])
  })

  it('adds a 72-year-old vegan taking Glucophage XR, matched to metformin', async () => {
    const { user, services } = await setup()
    await user.click(await screen.findByRole('button', { name: 'Add a person' }))
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Rosa')
    await user.type(screen.getByRole('textbox', { name: /Age in years/ }), '72')
    await user.click(screen.getByRole('radio', { name: 'Female' }))
    await user.click(screen.getByRole('radio', { name: 'Vegan' }))
    // typical 62 kg, 162 cm, lightly active: 354 − 6.91×72 + 1.12×(9.36×62 + 726×1.62) = 1823.69
    expect(screen.getByText(/Suggested: 1,824 kcal a day/)).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: 'Add a medicine' }), 'Glucophage XR{Enter}')
    expect(screen.getByText('Metformin can lower B12 over the years.')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Save person' }))
    expect(await screen.findByText('Saved Rosa.')).toBeInTheDocument()
    const [rosa] = await services.profiles.list()
    expect(rosa).toMatchObject({ name: 'Rosa', ageYears: 72, sex: 'F', diet: 'vegan' })
    expect(rosa!.medications).toEqual([
      {
        text: 'Glucophage XR',
        class: 'metformin',
        generic: 'metformin',
        brand: 'Glucophage XR',
        duration: null,
      },
    ])
    expect(screen.getByRole('list', { name: 'People in the household' })).toHaveTextContent(
      '72 years · Vegan · 1 medicine',
    )
  })

  it('saves an acid reducer\'s "For how long?" answer, and lists a medicine outside the app\'s list on the card', async () => {
    const { user, services } = await setup()
    await services.profiles.save({
      id: 'p1',
      name: 'Walter',
      ageYears: 78,
      sex: 'M',
      diet: 'omnivore',
    })
    await user.click(await screen.findByRole('button', { name: 'Edit Walter' }))
    await user.type(screen.getByRole('textbox', { name: 'Add a medicine' }), 'Losec{Enter}')
    await user.click(screen.getByRole('radio', { name: '1–2 years' }))
    await user.type(screen.getByRole('textbox', { name: 'Add a medicine' }), 'tizanidine{Enter}')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(async () =>
      expect((await services.profiles.get('p1'))?.medications).toEqual([
        { text: 'Losec', class: 'ppi', generic: 'omeprazole', brand: 'Losec', duration: '1_to_2' },
        { text: 'tizanidine', class: 'other', generic: null, brand: null, duration: null },
      ]),
    )
    const card = screen.getByRole('list', { name: 'People in the household' })
    expect(card).toHaveTextContent('78 years · Omnivore · 2 medicines')
    expect(card).toHaveTextContent(
      'Not in the app’s list — ask your pharmacist whether it affects B12: tizanidine.',
    )
    expect(card).not.toHaveTextContent(/not known to affect/i)
  })

  it('edits a person, and removing one can be undone with their planned meals', async () => {
    const { user, services, db } = await setup()
    const saved = await services.profiles.save({
      id: 'p1',
      name: 'Ben',
      ageYears: 34,
      sex: 'M',
      diet: 'vegan',
    })
    await db.planEntries.add({
      id: 'e1',
      profileId: saved.id,
      date: '2026-11-20',
      slot: 'lunch',
      foodId: 'sr28:16139',
      item: { kind: 'food', foodId: 'sr28:16139', grams: 243 },
    })
    await user.click(await screen.findByRole('button', { name: 'Edit Ben' }))
    const age = screen.getByRole('textbox', { name: /Age in years/ })
    await user.clear(age)
    await user.type(age, '35')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(async () => expect((await services.profiles.get('p1'))?.ageYears).toBe(35))

    await user.click(await screen.findByRole('button', { name: 'Remove Ben' }))
    const status = await screen.findByText(/Removed Ben and 1 planned meals/)
    expect(await services.profiles.list()).toEqual([])
    expect(await db.planEntries.count()).toBe(0)
    await user.click(within(status).getByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect(await services.profiles.list()).toHaveLength(1))
    expect(await db.planEntries.count()).toBe(1)
  })

  it('adds a regular supplement with its meal and days', async () => {
    const { user, services } = await setup()
    await services.profiles.save({ id: 'p1', name: 'Ana', ageYears: 30, sex: 'F', diet: 'vegan' })
    await user.click(await screen.findByRole('button', { name: 'Edit Ana' }))
    await user.click(screen.getByRole('button', { name: 'Add a supplement' }))
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Supplement 1' }),
      'Vitamin B12 tablet 25 µg (cyanocobalamin)',
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'Taken with' }), 'dinner')
    await user.click(screen.getByRole('checkbox', { name: 'Sunday' }))
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(async () => {
      const ana = await services.profiles.get('p1')
      expect(ana?.supplements).toEqual([
        expect.objectContaining({ units: 1, slot: 'dinner', days: [0, 1, 2, 3, 4, 5] }),
      ])
    })
  })
})
