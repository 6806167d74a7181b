import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ShoppingPage } from '../../../../../src/renderer/features/shopping/ShoppingPage'
import { renderWithServices } from '../../../../fixtures/render-app'
import { EGG, lineOf, OAT_MILK, renderShopping, WEEK_ROW } from './shopping-fixture'

const stored = async (db: Awaited<ReturnType<typeof renderShopping>>['db']) =>
  (await db.shoppingState.get(WEEK_ROW)) ?? { checked: [], manual: [] }

describe('ShoppingPage', () => {
  it('asks for people first when the household is empty', async () => {
    renderWithServices(<ShoppingPage />)
    expect(
      await screen.findByRole('heading', { name: 'No one in your household yet' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Add people to your household' })).toHaveAttribute(
      'href',
      '#/household',
    )
  })

  it('says when nothing is planned in the chosen weeks', async () => {
    await renderShopping([])
    expect(
      await screen.findByRole('heading', { name: 'Nothing planned for these dates' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '16 to 22 November 2026' })).toBeInTheDocument()
  })

  it('merges a recipe ingredient and a food eaten as is into one line in shop units, for the chosen week and people', async () => {
    const { user } = await renderShopping()
    const oat = await screen.findByRole('checkbox', { name: /Oat drink/ })
    // 2 chia cups × 200 g + a 250 g glass = 650 g → 650 ml (the food publishes its volume)
    expect(oat.closest('li')).toHaveTextContent('Needed: 650 ml → 1 × 1 L carton')
    expect(oat.closest('li')).toHaveTextContent(
      'In Chia cup with oat milk and strawberries · Eaten as is · For Ana, Ben',
    )
    expect(screen.getAllByRole('checkbox', { name: /Oat drink/ })).toHaveLength(1)
    expect(screen.getByRole('checkbox', { name: /1 box of 6 Eggs/ })).toBeInTheDocument() // 2 eggs; the 500 g next week is left out
    expect(
      screen.getByRole('checkbox', { name: /1 bottle of 30 B12 tablets, 25 µg/ }),
    ).toBeInTheDocument()

    await user.click(screen.getByRole('checkbox', { name: 'Ben' })) // Ana only
    await waitFor(() =>
      expect(lineOf(/Oat drink/)).toHaveTextContent('Needed: 400 ml → 1 × 1 L carton'),
    )
    expect(screen.queryByRole('checkbox', { name: /Eggs/ })).not.toBeInTheDocument()

    await user.click(screen.getByRole('radio', { name: /US/ }))
    await waitFor(() => expect(lineOf(/Oat milk, fortified with B12/)).toHaveTextContent(/fl oz/))
  })

  it('subtracts the pantry: a staple leaves nothing to buy, an amount on hand is taken off', async () => {
    const { user, db } = await renderShopping()
    await screen.findByRole('checkbox', { name: /Oat drink/ })
    await user.click(screen.getByRole('button', { name: 'I have it: Eggs' }))
    // Nothing to buy: listed apart under "Already at home", with no box to tick.
    const atHome = await screen.findByRole('region', { name: 'Already at home' })
    expect(atHome).toHaveTextContent('Eggs')
    expect(atHome).toHaveTextContent('in pantry')
    expect(screen.queryByRole('checkbox', { name: /^Eggs/ })).toBeNull()
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Remove from pantry: Eggs' })).toHaveFocus(),
    )
    expect(await db.pantry.get(EGG)).toMatchObject({ foodId: EGG, kind: 'staple' })

    const oat = lineOf(/Oat drink/)
    await user.click(within(oat).getByRole('button', { name: /^More/ }))
    await user.type(within(oat).getByRole('textbox', { name: 'Amount you have' }), '500')
    await user.selectOptions(within(oat).getByRole('combobox', { name: 'Unit' }), 'ml')
    await user.click(
      within(oat).getByRole('button', { name: 'Save amount of Oat drink, fortified with B12' }),
    )
    await waitFor(() =>
      expect(lineOf(/Oat drink/)).toHaveTextContent('partly covered by what you have'),
    )
    expect(lineOf(/Oat drink/)).toHaveTextContent('Needed: 140 ml → 1 × 1 L carton')

    await user.click(screen.getByRole('button', { name: 'Remove from pantry: Eggs' }))
    await waitFor(() =>
      expect(screen.getByRole('checkbox', { name: /1 box of 6 Egg/ })).toBeInTheDocument(),
    )
    expect(screen.queryByRole('region', { name: 'Already at home' })).toBeNull()
    // Focus follows the line back to the list in an effect after that render.
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'I have it: Eggs' })).toHaveFocus(),
    )
    expect(await db.pantry.get(EGG)).toBeUndefined()
  })

  it('keeps ticks in Dexie by line key, and clearing them can be undone', async () => {
    const { user, db } = await renderShopping()
    await user.click(await screen.findByRole('checkbox', { name: /Oat drink/ }))
    await user.click(screen.getByRole('checkbox', { name: /Eggs/ }))
    await waitFor(async () => expect((await stored(db)).checked).toEqual([OAT_MILK, EGG]))
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Eggs/ })).toBeChecked())
    expect(screen.getByText('5 items, 2 ticked off.')).toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Clear all ticks' }))
    await waitFor(async () => expect((await stored(db)).checked).toEqual([]))
    expect(await screen.findByText('Cleared 2 ticks.')).toBeInTheDocument()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus())
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    await waitFor(async () =>
      expect([...((await stored(db)).checked as string[])].sort()).toEqual([OAT_MILK, EGG].sort()),
    )
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Eggs/ })).toBeChecked())
  })

  it('adds a manual item, removes it and undoes the removal', async () => {
    const { user, db } = await renderShopping()
    await screen.findByRole('checkbox', { name: /Oat drink/ })
    await user.click(screen.getByRole('button', { name: 'Add to the list' }))
    expect(
      screen.getByText('Enter what you want to buy, for example washing-up liquid.'),
    ).toBeInTheDocument()
    await user.type(screen.getByRole('textbox', { name: /^Item/ }), 'Washing-up liquid')
    await user.type(screen.getByRole('textbox', { name: 'Amount (optional)' }), '2')
    await user.click(screen.getByRole('button', { name: 'Add to the list' }))
    const soap = await screen.findByRole('checkbox', { name: '2 Washing-up liquid' })
    expect(
      within(screen.getByRole('region', { name: /^Other/ })).getByRole('checkbox', {
        name: /Washing-up/,
      }),
    ).toBe(soap)
    expect((await stored(db)).manual).toEqual([
      {
        id: expect.any(String),
        text: 'Washing-up liquid',
        aisle: 'other',
        quantity: { kind: 'count', count: 2 },
      },
    ])

    await user.click(soap)
    await user.click(screen.getByRole('button', { name: 'Remove: Washing-up liquid' }))
    await waitFor(() =>
      expect(screen.queryByRole('checkbox', { name: /Washing-up/ })).not.toBeInTheDocument(),
    )
    expect((await stored(db)).manual).toEqual([])
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus())
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(await screen.findByRole('checkbox', { name: /Washing-up/ })).toBeChecked()
  })

  it('remembers an item moved to another aisle, and the aisle order', async () => {
    const { user, db } = await renderShopping()
    const oat = lineOf(
      await screen.findByRole('checkbox', { name: /Oat drink/ }).then(() => /Oat drink/),
    )
    await user.click(within(oat).getByRole('button', { name: /^More/ }))
    await user.selectOptions(within(oat).getByRole('combobox', { name: 'Aisle' }), 'pantry')
    await user.click(
      within(oat).getByRole('button', { name: 'Move Oat drink, fortified with B12 to this aisle' }),
    )
    const pantry = () => screen.getByRole('region', { name: /^Pantry/ })
    await waitFor(() =>
      expect(within(pantry()).getByRole('checkbox', { name: /Oat drink/ })).toBeInTheDocument(),
    )
    // Focus moves in an effect after the render that shows the line in its new aisle.
    await waitFor(() => expect(screen.getByRole('checkbox', { name: /Oat drink/ })).toHaveFocus())
    expect((await db.shoppingState.get('aisles'))?.['overrides']).toEqual({ [OAT_MILK]: 'pantry' })

    await user.click(screen.getByRole('button', { name: 'Move up: Pantry' }))
    await waitFor(() =>
      expect(
        within(document.querySelector<HTMLElement>('.shop-list')!)
          .getAllByRole('heading', { level: 3 })
          .map((h) => h.textContent?.replace(/ \(.*/, '')),
      ).toEqual(['Produce', 'Pantry', 'Dairy and alternatives', 'Supplements']),
    )
    expect(((await db.shoppingState.get('aisles'))?.['order'] as string[]).slice(0, 5)).toEqual([
      'produce',
      'bakery',
      'pantry',
      'meat_fish',
      'dairy',
    ]) // swapped with Dairy, the aisle shown above it
    expect(screen.getByRole('button', { name: 'Move up: Pantry' })).toHaveFocus()
  })
})
