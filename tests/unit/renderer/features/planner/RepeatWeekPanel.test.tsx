import { screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  planEntryId,
  profileId,
  recipeId,
  type PlanEntry,
} from '../../../../../src/core/planning/types'
import { PlanPage } from '../../../../../src/renderer/features/planner/PlanPage'
import { renderWithServices } from '../../../../fixtures/render-app'
import userEvent from '@testing-library/user-event'
import { act } from '@testing-library/react'

const entry = (id: string, date: string, recipe: string, slot = 'breakfast'): PlanEntry => ({
  id: planEntryId(id),
  profileId: profileId('p1'),
  date,
  slot: slot as PlanEntry['slot'],
  item: { kind: 'recipe', recipeId: recipeId(recipe), servings: 1 },
  locked: false,
})

describe('Plan this week like another week', () => {
  it('copies last week, shows what each day shift does to variety, leaves out what an allergy rules out, and undoes', async () => {
    const view = renderWithServices(<PlanPage />)
    await view.services.profiles.save({
      id: 'p1',
      name: 'Ana',
      ageYears: 34,
      sex: 'F',
      diet: 'vegan',
      allergies: ['peanut'],
    })
    await act(() => view.services.catalogue.load())
    await view.services.plans.put([
      entry('last-mon', '2026-11-09', 'tofu-scramble-potatoes'),
      entry('last-sat', '2026-11-14', 'peanut-banana-porridge'),
      entry('last-sun', '2026-11-15', 'overnight-oats-soy-blueberry'),
      entry('this-wed', '2026-11-18', 'overnight-oats-soy-blueberry', 'lunch'),
    ])
    await screen.findByRole('heading', { name: 'Week of Monday 16 November 2026' })
    const user = userEvent.setup()
    const toggle = screen.getByRole('button', { name: 'Plan this week like another week' })
    await user.click(toggle)
    const source = await screen.findByRole('combobox', { name: 'Copy the meals of' })
    expect(source).toHaveDisplayValue('Last week (from 9 November)')
    const days = screen.getByRole('combobox', { name: 'On which days' })
    // the same days repeat nothing, and are offered first
    expect(days).toHaveDisplayValue('The same days')
    expect(days).toHaveAccessibleDescription(/^No meal would repeat/)
    // one day on: last Sunday's oats again on Monday
    await user.selectOptions(days, '1')
    expect(days).toHaveAccessibleDescription(/^1 meal would repeat on two days running/)
    await user.selectOptions(days, '2')
    expect(days).toHaveAccessibleDescription(/^No meal would repeat/)
    await user.click(screen.getByRole('button', { name: 'Copy into this week' }))
    const status = await screen.findByText(
      /Copied the week from Monday 9 November into this week, each day moved on 2 days; 1 meal was left out because Ana's diet or allergies now rule it out\./,
    )
    expect(status).toBeInTheDocument()
    await waitFor(async () => {
      const week = await view.services.plans.between('2026-11-16', '2026-11-22')
      expect(week.map((e) => [e.date, e.item.kind === 'recipe' && e.item.recipeId]).sort()).toEqual(
        [
          ['2026-11-17', 'overnight-oats-soy-blueberry'],
          ['2026-11-18', 'tofu-scramble-potatoes'],
        ],
      )
    })
    await waitFor(() =>
      expect(document.activeElement?.closest('[role="status"], .status-message')).not.toBeNull(),
    )
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () => {
      const week = await view.services.plans.between('2026-11-16', '2026-11-22')
      expect(week.map((e) => e.id)).toEqual(['this-wed'])
    })
  }, 30_000)
})
