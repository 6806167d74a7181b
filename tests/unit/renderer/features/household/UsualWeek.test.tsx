import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { AdvicePage } from '../../../../../src/renderer/features/advice/AdvicePage'
import { HouseholdPage } from '../../../../../src/renderer/features/household/HouseholdPage'
import { renderWithServices } from '../../../../fixtures/render-app'

async function newPersonForm(name: string, age: string, diet: RegExp) {
  const view = renderWithServices(<HouseholdPage />)
  await act(() => view.services.catalogue.load())
  const user = userEvent.setup()
  await user.click(await screen.findByRole('button', { name: 'Add a person' }))
  await user.type(screen.getByRole('textbox', { name: 'Name' }), name)
  await user.type(screen.getByRole('textbox', { name: /Age in years/ }), age)
  await user.click(screen.getByRole('radio', { name: 'Male' }))
  await user.click(screen.getByRole('radio', { name: diet }))
  return { ...view, user }
}

describe('the usual week on the person form', () => {
  it('saves how often and at which meals; the usual meal is ticked when a frequency is first chosen', async () => {
    const { user, services } = await newPersonForm('Ben', '75', /^Omnivore/)
    const week = screen.getByRole('group', { name: 'What does Ben usually eat?' })
    await user.selectOptions(
      within(week).getByRole('combobox', { name: 'Milk, yogurt or cheese: how often?' }),
      'Every day',
    )
    const milkMeals = within(week).getByRole('group', {
      name: 'With which meals: Milk, yogurt or cheese',
    })
    expect(within(milkMeals).getByRole('checkbox', { name: 'Breakfast' })).toBeChecked()
    await user.click(within(milkMeals).getByRole('checkbox', { name: 'Snack' }))
    await user.selectOptions(
      within(week).getByRole('combobox', { name: 'Beef or lamb: how often?' }),
      '1–2 days a week',
    )
    await user.click(screen.getByRole('button', { name: 'Save person' }))
    expect(await screen.findByText('Saved Ben.')).toBeInTheDocument()
    const [ben] = await services.profiles.list()
    expect(ben!.usualWeek).toEqual({
      answers: [
        { source: 'dairy', frequency: 'daily', slots: ['breakfast', 'snack'] },
        { source: 'red_meat', frequency: '1_2', slots: ['dinner'] },
      ],
      supplementUg: null,
    })
  })

  it('left unanswered, the usual week is not described (null), not "never"', async () => {
    const { user, services } = await newPersonForm('Ben', '75', /^Omnivore/)
    await user.click(screen.getByRole('button', { name: 'Save person' }))
    expect(await screen.findByText('Saved Ben.')).toBeInTheDocument()
    expect((await services.profiles.list())[0]!.usualWeek).toBeNull()
  })

  it('asks a vegan only about plant sources and supplements', async () => {
    await newPersonForm('Ana', '30', /^Vegan/)
    const week = screen.getByRole('group', { name: 'What does Ana usually eat?' })
    const asked = within(week)
      .getAllByRole('combobox')
      .map((select) => select.getAttribute('id') ?? '')
    expect(asked).toHaveLength(5)
    expect(within(week).queryByRole('combobox', { name: /Eggs/ })).not.toBeInTheDocument()
    expect(within(week).queryByRole('combobox', { name: /Beef/ })).not.toBeInTheDocument()
    expect(
      within(week).getByRole('combobox', { name: 'A B12 supplement: how often?' }),
    ).toBeInTheDocument()
  })

  it('the supplement dose is required, checked, and reads a decimal comma', async () => {
    const { user, services } = await newPersonForm('Ana', '30', /^Vegan/)
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'A B12 supplement: how often?' }),
      'Every day',
    )
    await user.click(screen.getByRole('button', { name: 'Save person' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Enter the µg of B12 in one tablet or spray',
    )
    const dose = screen.getByRole('textbox', { name: 'µg of B12 in one tablet or spray' })
    await user.type(dose, '9000')
    await user.click(screen.getByRole('button', { name: 'Save person' }))
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent('between 1 and 5000 µg'),
    )
    await user.clear(dose)
    await user.type(dose, '2,5')
    await user.click(screen.getByRole('button', { name: 'Save person' }))
    expect(await screen.findByText('Saved Ana.')).toBeInTheDocument()
    expect((await services.profiles.list())[0]!.usualWeek?.supplementUg).toBe(2.5)
  })

  it('§6a.3 does not ask what a baby under 1 eats, and says why', async () => {
    await newPersonForm('Mia', '0,5', /^Vegan/)
    expect(screen.getByText(/does not ask what a baby under 1 eats/)).toBeInTheDocument()
    expect(screen.queryByRole('group', { name: /usually eat/ })).not.toBeInTheDocument()
  })
})

describe('the usual-week step on Advice', () => {
  async function advice(person: Record<string, unknown>) {
    const view = renderWithServices(<AdvicePage />)
    await view.services.profiles.save({
      id: 'p1',
      name: 'Ben',
      ageYears: 75,
      sex: 'M',
      diet: 'omnivore',
      ...person,
    })
    await act(() => view.services.catalogue.load())
    await screen.findByRole('heading', { level: 2, name: /risk/i })
    return { ...view, user: userEvent.setup() }
  }

  it('with unknown intake says so calmly, opens the step with focus in it, and after saving focuses the basis line', async () => {
    const { user } = await advice({})
    expect(
      screen.getByText(
        /B12 Planner does not know yet what Ben usually eats, so it cannot check Ben's B12 intake/,
      ),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Describe a usual week' }))
    const step = screen.getByRole('form', { name: 'What does Ben usually eat?' })
    await waitFor(() => expect(within(step).getAllByRole('combobox')[0]).toHaveFocus())
    await user.selectOptions(
      within(step).getByRole('combobox', { name: 'Milk, yogurt or cheese: how often?' }),
      'Every day',
    )
    await user.click(within(step).getByRole('button', { name: 'Save the usual week' }))
    const basis = await screen.findByText(/^Based on your usual week/)
    expect(await screen.findByText("Saved Ben's usual week.")).toBeInTheDocument()
    await waitFor(() => expect(basis.closest('.intake-basis')).toHaveFocus())
    expect(
      screen.queryByRole('form', { name: 'What does Ben usually eat?' }),
    ).not.toBeInTheDocument()
  })

  it('with a regular supplement but no usual week, says the supplement is known but the meals are not, and does not ask about it again', async () => {
    const { user } = await advice({
      supplements: [
        {
          id: 's1',
          foodId: 'curated:b12-tablet-10-cyanocobalamin',
          units: 1,
          slot: 'breakfast',
          days: [0, 1, 2, 3, 4, 5, 6],
        },
      ],
    })
    expect(
      screen.getByText(/We know about the supplement Ben takes, but not Ben's meals/),
    ).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Describe a usual week' }))
    expect(
      screen.queryByRole('combobox', { name: 'A B12 supplement: how often?' }),
    ).not.toBeInTheDocument()
    expect(
      screen.getByText(/supplements listed on this person's details are counted too/),
    ).toBeInTheDocument()
  })

  it('cancel closes the step and returns focus to the basis line', async () => {
    const { user } = await advice({})
    await user.click(screen.getByRole('button', { name: 'Describe a usual week' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await waitFor(() =>
      expect(
        screen.getByText(/does not know yet what Ben usually eats/).closest('.intake-basis'),
      ).toHaveFocus(),
    )
  })

  it('says "Based on the meals planned this week" once a meal is planned, and offers no step', async () => {
    const view = renderWithServices(<AdvicePage />)
    await view.services.profiles.save({
      id: 'p1',
      name: 'Ben',
      ageYears: 75,
      sex: 'M',
      diet: 'omnivore',
    })
    await view.db.planEntries.add({
      id: 'e1',
      profileId: 'p1',
      date: '2026-11-18',
      slot: 'lunch',
      foodId: 'sr28:16139',
      item: { kind: 'food', foodId: 'sr28:16139', grams: 243 },
      locked: false,
    } as never)
    await act(() => view.services.catalogue.load())
    expect(await screen.findByText('Based on the meals planned this week.')).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'Describe a usual week' })).not.toBeInTheDocument()
  })

  it('opens straight into the step from the Coverage link (#/advice?person=…&step=usual-week)', async () => {
    window.location.hash = '#/advice?person=p1&step=usual-week'
    try {
      await advice({})
      const step = screen.getByRole('form', { name: 'What does Ben usually eat?' })
      await waitFor(() => expect(within(step).getAllByRole('combobox')[0]).toHaveFocus())
    } finally {
      window.location.hash = ''
    }
  })
})
