import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { foodId, type FoodRecord } from '../../../../../src/core/foods/types'
import {
  planEntryId,
  profileId,
  recipeId,
  type PlanEntry,
  type Recipe,
} from '../../../../../src/core/planning/types'
import { grams } from '../../../../../src/core/units'
import { EntryItem } from '../../../../../src/renderer/features/planner/EntryItem'
import { shippedCatalogue } from '../../../../fixtures/catalogue'

const foods = new Map<string, FoodRecord>(shippedCatalogue().foods.map((f) => [f.id, f]))
const porridge: Recipe = {
  id: recipeId('porridge'),
  name: 'Soy milk porridge',
  slots: ['breakfast'],
  servings: 2,
  ingredients: [
    { foodId: foodId('sr28:20038'), grams: grams(100) },
    { foodId: foodId('sr28:16139'), grams: grams(500) },
    { foodId: foodId('sr28:09050'), grams: grams(150) },
  ],
  steps: ['Cook the oats in the soy milk.'],
  prepMinutes: 10,
  tags: [],
  source: 'builtin',
}
const library = { foods, recipes: new Map([[porridge.id, porridge]]) }
const entry: PlanEntry = {
  id: planEntryId('e1'),
  profileId: profileId('p1'),
  date: '2026-11-17',
  slot: 'breakfast',
  item: { kind: 'recipe', recipeId: porridge.id, servings: 1.5 },
  locked: false,
}

function renderEntry(units: 'metric' | 'us' = 'metric') {
  render(
    <ul>
      <EntryItem
        entry={entry}
        library={library}
        dates={['2026-11-16', '2026-11-17']}
        people={[{ id: 'p1', name: 'Ana' }]}
        onReplace={vi.fn()}
        onMove={vi.fn()}
        personName="Ana"
        units={units}
      />
    </ul>,
  )
  return userEvent.setup()
}

describe('EntryItem amounts', () => {
  it('one short line with servings, weight, kcal, protein and B12; main ingredients on request', async () => {
    const user = renderEntry()
    const item = document.querySelector('li.entry') as HTMLElement
    // 1.5 of 2 servings: 75 g oats, 375 g soy drink, 112.5 g blueberries = 562.5 g.
    expect(item.querySelector('.entry-facts')).toHaveTextContent(
      /^1\.5 servings \(about 560 g\), \d{3} kcal, \d{2} g protein, B12 \d+\.\d+ µg$/,
    )
    const summary = screen.getByText('Main ingredients')
    await user.click(summary)
    const list = item.querySelector('.entry-ingredients') as HTMLElement
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['soymilk: 380 g', 'blueberries: 115 g', 'oats: 75 g'])
  })

  it('uses the US units setting', () => {
    renderEntry('us')
    expect(document.querySelector('.entry-weight')).toHaveTextContent('(about 20 oz)')
  })

  it('opens the recipe scaled to the person, and closing returns focus to the meal', async () => {
    const user = renderEntry()
    const open = screen.getByRole('button', {
      name: 'Soy milk porridge, recipe for Ana, Tuesday breakfast',
    })
    expect(open).toHaveAttribute('aria-expanded', 'false')
    await user.click(open)
    const heading = screen.getByRole('heading', { name: 'Soy milk porridge', level: 4 })
    expect(heading).toHaveFocus()
    expect(screen.getByText(/For Ana: 1\.5 servings/)).toBeInTheDocument()
    expect(screen.getByText(/the recipe makes 2 servings/)).toBeInTheDocument()
    const table = screen.getByRole('table', { name: 'Ingredients for Ana: 1.5 servings' })
    const amounts = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.querySelector('td')?.textContent)
    expect(amounts).toEqual(['75 g', '375 g', '112.5 g'])
    // No scaling field and nothing to edit from the plan.
    expect(screen.queryByRole('textbox', { name: 'Make this many servings' })).toBeNull()
    expect(screen.queryByRole('button', { name: 'Make a copy to change' })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Close recipe' }))
    expect(screen.queryByRole('heading', { name: 'Soy milk porridge' })).toBeNull()
    expect(open).toHaveFocus()
    expect(open).toHaveAttribute('aria-expanded', 'false')
  })

  it('Escape closes the recipe and returns focus too', async () => {
    const user = renderEntry()
    const open = screen.getByRole('button', { name: /^Soy milk porridge, recipe for Ana/ })
    await user.click(open)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('table', { name: /Ingredients for Ana/ })).toBeNull()
    expect(open).toHaveFocus()
  })
})
