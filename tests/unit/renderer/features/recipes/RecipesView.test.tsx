import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FoodsPage } from '../../../../../src/renderer/features/foods/FoodsPage'
import { renderWithServices } from '../../../../fixtures/render-app'

async function openRecipes() {
  window.location.hash = '#/foods?view=recipes'
  const view = renderWithServices(<FoodsPage />)
  await act(() => view.services.catalogue.load())
  await screen.findByRole('searchbox', { name: 'Search recipes' })
  return { ...view, user: userEvent.setup() }
}

describe('Recipes', () => {
  it('lists the starter library with nutrition computed per serving and scales a recipe', async () => {
    const { user } = await openRecipes()
    const list = screen.getByRole('list', { name: 'Recipes' })
    expect(within(list).getAllByRole('button').length).toBeGreaterThanOrEqual(60)
    await user.type(screen.getByRole('searchbox', { name: 'Search recipes' }), 'overnight oats')
    await user.click(within(list).getAllByRole('button')[0]!)
    const detail = screen.getByRole('region', { name: /Overnight oats/ })
    expect(
      within(detail).getByRole('table', { name: /Ingredients for 1 serving/ }),
    ).toBeInTheDocument()
    const scale = within(detail).getByRole('textbox', { name: 'Make this many servings' })
    await user.clear(scale)
    await user.type(scale, '3')
    // 50 g oats for 1 serving → 150 g for 3
    expect(
      within(detail).getByRole('table', { name: /Ingredients for 3 servings/ }),
    ).toHaveTextContent('150 g')
  })

  it('in US units shows ounces first, with the grams the recipe is written in', async () => {
    const { user, services } = await openRecipes()
    await act(() => services.settings.update({ units: 'us' }))
    await user.type(screen.getByRole('searchbox', { name: 'Search recipes' }), 'overnight oats')
    const list = screen.getByRole('list', { name: 'Recipes' })
    await user.click(within(list).getAllByRole('button')[0]!)
    const table = screen.getByRole('table', { name: /Ingredients for 1 serving/ })
    // 50 g of oats = 1.76 oz
    expect(table).toHaveTextContent('1.76 oz (50 g)')
  })

  it('refuses an incomplete recipe with clear messages, then saves, edits, deletes and undoes', async () => {
    const { user, db } = await openRecipes()
    await user.click(screen.getByRole('button', { name: 'Add a recipe' }))
    await user.click(screen.getByRole('button', { name: 'Save recipe' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Please give the recipe a name.')
    expect(summary).toHaveTextContent('Choose at least one meal it suits.')
    expect(summary).toHaveTextContent('Add at least one ingredient.')
    expect(await db.recipes.count()).toBe(0)

    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'My soy porridge')
    await user.click(screen.getByRole('checkbox', { name: 'Breakfast' }))
    await user.type(
      screen.getByRole('searchbox', { name: /Add an ingredient/ }),
      'soymilk original',
    )
    await user.click(
      within(screen.getByRole('list', { name: 'Foods to add' })).getAllByRole('button')[0]!,
    )
    const grams = screen.getByRole('textbox', { name: /Grams of Soymilk/ })
    await user.clear(grams)
    await user.type(grams, '486')
    await user.click(screen.getByRole('button', { name: 'Save recipe' }))
    const detail = await screen.findByRole('region', { name: 'My soy porridge' })
    expect(detail).toHaveTextContent('My recipe')
    expect(await db.recipes.count()).toBe(1)

    await user.click(within(detail).getByRole('button', { name: 'Edit this recipe' }))
    const servings = screen.getByRole('textbox', { name: 'Servings it makes' })
    await user.clear(servings)
    await user.type(servings, '3')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    await waitFor(async () =>
      expect((await db.recipes.toArray())[0]).toMatchObject({ servings: 3 }),
    )

    await user.click(await screen.findByRole('button', { name: 'Delete this recipe' }))
    expect(await screen.findByText(/Deleted “My soy porridge”/)).toBeInTheDocument()
    expect(await db.recipes.count()).toBe(0)
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () => expect(await db.recipes.count()).toBe(1))
    await user.click(screen.getByRole('checkbox', { name: 'Only my recipes' }))
    expect(
      within(screen.getByRole('list', { name: 'Recipes' })).getAllByRole('button'),
    ).toHaveLength(1)
  })

  it('filters by kind: child-friendly and soft recipes, shown with their labels', async () => {
    const { user } = await openRecipes()
    const list = screen.getByRole('list', { name: 'Recipes' })
    const all = within(list).getAllByRole('button').length
    const kind = screen.getByRole('combobox', { name: 'Kind' })
    await user.selectOptions(kind, 'child-friendly')
    const child = within(list).getAllByRole('button')
    expect(child.length).toBeGreaterThanOrEqual(40)
    expect(child.length).toBeLessThan(all)
    expect(within(list).getByRole('button', { name: /Fish pie with mash and peas/ })).toBeVisible()
    expect(within(list).queryByRole('button', { name: /Beef jerky/ })).toBeNull()
    expect(screen.getByText(`${child.length} recipes.`)).toBeInTheDocument()

    await user.selectOptions(kind, 'soft / easy to chew')
    await user.click(within(list).getByRole('button', { name: /Fish pie with mash and peas/ }))
    const detail = screen.getByRole('region', { name: /Fish pie/ })
    expect(within(detail).getByText('soft / easy to chew')).toBeInTheDocument()
    expect(within(detail).getByText('child-friendly')).toBeInTheDocument()
    expect(within(list).queryByRole('button', { name: /Beef jerky/ })).toBeNull()
  })
})
