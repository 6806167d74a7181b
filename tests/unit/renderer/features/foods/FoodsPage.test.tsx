import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { FoodsPage } from '../../../../../src/renderer/features/foods/FoodsPage'
import { renderWithServices } from '../../../../fixtures/render-app'

async function renderReady() {
  const view = renderWithServices(<FoodsPage />)
  await act(() => view.services.catalogue.load())
  await screen.findByRole('searchbox', { name: 'Search foods' })
  return view
}

describe('FoodsPage', () => {
  it('shows progress while the catalogue is set up, then the search', async () => {
    const view = renderWithServices(<FoodsPage />)
    const loading = view.services.catalogue.load()
    // The page also has the (empty) live region of its delete status, so pick the loading one.
    expect(
      (await screen.findByText(/food catalogue|Preparing search/)).closest('[role="status"]'),
    ).not.toBeNull()
    await act(() => loading)
    expect(screen.getByRole('searchbox', { name: 'Search foods' })).toBeInTheDocument()
  })

  it('shows a calm error with a retry when the catalogue file is broken', async () => {
    const view = renderWithServices(<FoodsPage />, {
      loadCatalogue: async () => ({ format: 'nope' }),
    })
    await act(() => view.services.catalogue.load())
    expect(screen.getByRole('alert')).toHaveTextContent(
      /could not be loaded. Your own data is not affected/,
    )
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument()
  })

  it('finds soymilk as you type "soy milk" and shows B12 per portion with its source', async () => {
    await renderReady()
    const user = userEvent.setup()
    await user.type(screen.getByRole('searchbox', { name: 'Search foods' }), 'soy milk')
    const results = await screen.findByRole('list', { name: 'Matching foods' })
    expect(within(results).getAllByRole('button')[0]).toHaveTextContent(/Soymilk/i)
    await user.click(
      within(results).getByRole('button', {
        name: /Soymilk, original and vanilla, with added calcium/,
      }),
    )
    const detail = screen.getByRole('region', { name: /Soymilk, original and vanilla/ })
    // SR28 16139: 0.85 µg per 100 g; 1 cup = 243 g → 0.85 × 243 / 100 = 2.0655 µg
    expect(within(detail).getByRole('row', { name: /1 cup/ })).toHaveTextContent('2.07 µg')
    expect(detail).toHaveTextContent(/USDA Standard Reference, Release 28 \(NDB 16139\)/)
    expect(detail).toHaveTextContent('Fortified')
  })

  it('tolerates a typo: "nutritonal yeast" finds fortified nutritional yeast', async () => {
    await renderReady()
    await userEvent.type(
      screen.getByRole('searchbox', { name: 'Search foods' }),
      'nutritonal yeast',
    )
    const results = await screen.findByRole('list', { name: 'Matching foods' })
    expect(within(results).getAllByRole('button')[0]).toHaveTextContent(/Nutritional yeast/i)
  })

  it('filters by B12 class and sorts by B12 per serving', async () => {
    await renderReady()
    const user = userEvent.setup()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Order' }), 'b12')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'food')
    const results = await screen.findByRole('list', { name: 'Matching foods' })
    expect(within(results).getAllByRole('button')[0]).toHaveTextContent(
      /Beef, variety meats and by-products, liver/,
    )
    await user.selectOptions(screen.getByRole('combobox', { name: 'B12 source' }), 'not_counted')
    const names = within(await screen.findByRole('list', { name: 'Matching foods' }))
      .getAllByRole('button')
      .map((button) => button.textContent)
    expect(names.length).toBeGreaterThan(0)
    expect(names.every((name) => /Not counted/.test(name ?? ''))).toBe(true)
  })

  it('refuses an impossible custom food with clear messages and saves nothing', async () => {
    const { services } = await renderReady()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Add your own food' }))
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Mystery milk')
    await user.type(screen.getByRole('textbox', { name: /Serving size/ }), '-5')
    await user.type(screen.getByRole('textbox', { name: /Vitamin B12/ }), '20000')
    await user.click(screen.getByRole('button', { name: 'Save food' }))
    const summary = await screen.findByRole('alert')
    expect(summary).toHaveTextContent('Serving size cannot be negative.')
    expect(summary).toHaveTextContent(/above 10,000 µg per serving/)
    expect(summary).toHaveTextContent('Nothing has been saved yet.')
    expect(screen.getByRole('textbox', { name: /Serving size/ })).toHaveAttribute(
      'aria-invalid',
      'true',
    )
    expect(
      (await services.foods.userFoods()).filter((food) => food.source === 'user'),
    ).toHaveLength(0)
  })

  it('adds a custom fortified food, finds it in search, edits it, deletes it and undoes the delete', async () => {
    const { services } = await renderReady()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Add your own food' }))
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Alpro Soya Growing Up Drink')
    await user.type(screen.getByRole('textbox', { name: /Serving size/ }), '200')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'ml')
    await user.type(screen.getByRole('textbox', { name: /Vitamin B12/ }), '0.76')
    await user.click(screen.getByRole('button', { name: 'Save food' }))
    const detail = await screen.findByRole('region', { name: 'Alpro Soya Growing Up Drink' })
    expect(detail).toHaveTextContent('Your own food, from a product label')
    expect(within(detail).getByRole('row', { name: /1 serving/ })).toHaveTextContent('0.76 µg')

    await user.type(screen.getByRole('searchbox', { name: 'Search foods' }), 'alpro growing')
    const results = await screen.findByRole('list', { name: 'Matching foods' })
    expect(within(results).getAllByRole('button')[0]).toHaveTextContent(
      'Alpro Soya Growing Up Drink',
    )

    await user.click(within(detail).getByRole('button', { name: 'Edit this food' }))
    const b12 = screen.getByRole('textbox', { name: /Vitamin B12/ })
    expect(b12).toHaveValue('0.76')
    await user.clear(b12)
    await user.type(b12, '0.8')
    await user.click(screen.getByRole('button', { name: 'Save changes' }))
    expect(await screen.findByRole('row', { name: /1 serving/ })).toHaveTextContent('0.80 µg')

    await user.click(screen.getByRole('button', { name: 'Delete this food' }))
    expect(await screen.findByText(/Deleted “Alpro Soya Growing Up Drink”/)).toBeInTheDocument()
    expect((await services.foods.userFoods()).some((food) => food.source === 'user')).toBe(false)
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () =>
      expect(
        (await services.foods.userFoods()).filter((food) => food.source === 'user'),
      ).toHaveLength(1),
    )
  })

  it('asks to confirm more than 100 µg of B12 per 100 g, reads a decimal comma, and saves only after Yes', async () => {
    const { services } = await renderReady()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Add your own food' }))
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Fortified yeast flakes')
    await user.type(screen.getByRole('textbox', { name: /Serving size/ }), '5')
    await user.type(screen.getByRole('textbox', { name: /Vitamin B12/ }), '7,5')
    await user.click(screen.getByRole('button', { name: 'Save food' }))
    const caution = await screen.findByRole('region', { name: 'Please check the B12 amount' })
    expect(caution).toHaveTextContent('This works out at 150 µg of B12 per 100 g.')
    expect(screen.getByRole('heading', { name: 'Please check the B12 amount' })).toHaveFocus()
    expect(
      (await services.foods.userFoods()).filter((food) => food.source === 'user'),
    ).toHaveLength(0)

    await user.click(within(caution).getByRole('button', { name: 'Let me check the numbers' }))
    expect(screen.getByRole('textbox', { name: /Vitamin B12/ })).toHaveFocus()
    expect(
      screen.queryByRole('region', { name: 'Please check the B12 amount' }),
    ).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Save food' }))
    await user.click(await screen.findByRole('button', { name: 'Yes, save it as entered' }))
    const detail = await screen.findByRole('region', { name: 'Fortified yeast flakes' })
    expect(within(detail).getByRole('row', { name: /1 serving/ })).toHaveTextContent('7.50 µg')
  })

  it('shows a drink entered per 100 ml in ml', async () => {
    await renderReady()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Add your own food' }))
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Oat drink with B12')
    await user.type(screen.getByRole('textbox', { name: /Serving size/ }), '250')
    await user.selectOptions(screen.getByRole('combobox', { name: 'Unit' }), 'ml')
    await user.type(screen.getByRole('textbox', { name: /Vitamin B12/ }), '0,95')
    await user.click(screen.getByRole('button', { name: 'Save food' }))
    const detail = await screen.findByRole('region', { name: 'Oat drink with B12' })
    expect(within(detail).getByRole('columnheader', { name: 'Volume' })).toBeInTheDocument()
    expect(within(detail).getByRole('row', { name: /^100 ml/ })).toHaveTextContent('0.38 µg')
    expect(
      within(detail).getByRole('table', { name: 'Per 100 ml, from your label' }),
    ).toBeInTheDocument()
  })

  it('asks before deleting a food that a plan uses', async () => {
    const { services, db } = await renderReady()
    const user = userEvent.setup()
    await user.click(screen.getByRole('button', { name: 'Add your own food' }))
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Fortified oat bar')
    await user.type(screen.getByRole('textbox', { name: /Serving size/ }), '40')
    await user.type(screen.getByRole('textbox', { name: /Vitamin B12/ }), '0.6')
    await user.click(screen.getByRole('button', { name: 'Save food' }))
    await screen.findByRole('region', { name: 'Fortified oat bar' })
    const food = (await services.foods.userFoods()).find(
      (candidate) => candidate.source === 'user',
    )!
    await db.planEntries.add({
      id: 'e1',
      profileId: 'p1',
      date: '2026-11-23',
      slot: 'snack',
      foodId: food.id,
    })
    await user.click(screen.getByRole('button', { name: 'Delete this food' }))
    const confirm = await screen.findByRole('alertdialog')
    expect(confirm).toHaveTextContent('It is used in 1 planned meal.')
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }))
    expect(await services.foods.get(food.id)).toBeDefined()
  })
})
