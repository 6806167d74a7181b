import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { HouseholdRulesSection } from '../../../../../src/renderer/features/household/HouseholdRulesSection'
import { makePerson } from '../../../../fixtures/person'
import { renderWithServices } from '../../../../fixtures/render-app'

async function setup() {
  const view = renderWithServices(<HouseholdRulesSection />)
  await act(() => view.services.profiles.save(makePerson({ name: 'Rosa', diet: 'vegan' })))
  return { ...view, user: userEvent.setup() }
}

describe('HouseholdRulesSection', () => {
  it('explains rules when there are none', async () => {
    await setup()
    expect(await screen.findByText(/No rules yet/)).toBeInTheDocument()
    expect(screen.getByText(/Rules are aims the planner follows/)).toBeInTheDocument()
  })

  it('adds "fish or seafood at least twice a week", lists it in plain words and stores it', async () => {
    const { user, services } = await setup()
    await user.click(await screen.findByRole('button', { name: 'Add a rule' }))
    // Opening the form puts focus on its first field.
    expect(screen.getByRole('combobox', { name: 'Kind of rule' })).toHaveFocus()
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'How much it matters' }),
      'important',
    )
    await user.click(screen.getByRole('button', { name: 'Add the rule' }))
    const status = await screen.findByText('Added the rule: Fish or seafood at least twice a week.')
    await waitFor(() => expect(status).toHaveFocus())
    const list = screen.getByRole('list', { name: 'Household rules' })
    expect(within(list).getByRole('listitem')).toHaveTextContent(
      'Fish or seafood at least twice a week (important). Not for Rosa (vegan).',
    )
    expect(await services.householdRules.list()).toEqual([
      expect.objectContaining({ type: 'at-least', count: 2, what: { kind: 'fish' } }),
    ])
  })

  it('refuses a rule without its word and focuses the field', async () => {
    const { user, services } = await setup()
    await user.click(await screen.findByRole('button', { name: 'Add a rule' }))
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind of rule' }), 'avoid')
    await user.click(screen.getByRole('button', { name: 'Add the rule' }))
    const field = screen.getByRole('textbox', { name: 'Food to avoid' })
    await waitFor(() => expect(field).toHaveFocus())
    expect(field).toHaveAccessibleDescription(/Enter a food to avoid, such as soy\./)
    await user.type(field, 'soy')
    await user.selectOptions(screen.getByRole('combobox', { name: 'At which meal' }), 'breakfast')
    await user.click(screen.getByRole('button', { name: 'Add the rule' }))
    expect(await screen.findByText('Added the rule: No soy at breakfast.')).toBeInTheDocument()
    expect(await services.householdRules.list()).toHaveLength(1)
  })

  it('cancelling the form puts focus back on "Add a rule"', async () => {
    const { user } = await setup()
    await user.click(await screen.findByRole('button', { name: 'Add a rule' }))
    await user.click(screen.getByRole('button', { name: 'Cancel' }))
    await waitFor(() => expect(screen.getByRole('button', { name: 'Add a rule' })).toHaveFocus())
  })

  it('removes a rule with Undo taking focus, and Undo puts it back', async () => {
    const { user, services } = await setup()
    await act(() =>
      services.householdRules.add({
        id: 'quick',
        type: 'max-prep',
        minutes: 20,
        days: 'weekdays',
        weight: 'nice',
      }),
    )
    await user.click(
      await screen.findByRole('button', {
        name: 'Remove the rule: Ready in 20 minutes or less on weekdays',
      }),
    )
    const undo = await screen.findByRole('button', { name: 'Undo removing the rule' })
    await waitFor(() => expect(undo).toHaveFocus())
    expect(
      screen.getByText('Removed the rule: Ready in 20 minutes or less on weekdays.'),
    ).toBeInTheDocument()
    expect(await services.householdRules.list()).toEqual([])
    await user.click(undo)
    const back = await screen.findByText(
      'The rule is back: Ready in 20 minutes or less on weekdays.',
    )
    await waitFor(() => expect(back).toHaveFocus())
    expect(await services.householdRules.list()).toHaveLength(1)
    expect(await screen.findByRole('list', { name: 'Household rules' })).toBeInTheDocument()
  })
})
