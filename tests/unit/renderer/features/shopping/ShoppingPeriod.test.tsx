import { render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ServicesProvider } from '../../../../../src/renderer/data'
import { SHOPPING_CHOICES_KEY } from '../../../../../src/renderer/db/repos/shopping-choices-repo'
import { ShoppingPage } from '../../../../../src/renderer/features/shopping/ShoppingPage'
import { lineOf, renderShopping } from './shopping-fixture'

/** The on-screen notice (the print-only page repeats its text). */
const notice = () => within(document.querySelector<HTMLElement>('.shop-period-live')!)

/** The fixture plans Monday 16 to Wednesday 18 November 2026 (and one day two weeks later). */
const WEEK_NOTE =
  'Nothing is planned for 19 to 22 November 2026, so this list covers 16 to 18 November 2026 only.'

describe('ShoppingPage: the period it covers', () => {
  it('titles only the planned days, says which are not, and links to the planner at that week', async () => {
    await renderShopping()
    expect(await notice().findByText(WEEK_NOTE)).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: '16 to 18 November 2026' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: '16 to 22 November 2026' })).toBeNull()
    expect(
      screen.getByRole('link', { name: 'Plan the week of Monday 16 November 2026' }),
    ).toHaveAttribute('href', '#/plan?week=2026-11-16')
  })

  it('names the missing weeks of a 2-week list, and can count planned meals again for them', async () => {
    const { user } = await renderShopping()
    await notice().findByText(WEEK_NOTE)
    const weeks = screen.getByRole('combobox', { name: 'How long to shop for' })
    await user.selectOptions(weeks, '2')
    expect(weeks).toHaveFocus()
    expect(
      await notice().findByText(
        'Nothing is planned for 19 to 29 November 2026, so this list covers 16 to 18 November 2026 only.',
      ),
    ).toBeInTheDocument()
    expect(lineOf(/Oat drink/)).toHaveTextContent('Needed: 650 ml')

    await user.click(
      screen.getByRole('button', {
        name: 'Count the planned meals on the same weekdays for those days',
      }),
    )
    // Monday to Wednesday counted twice: 1300 ml of oat milk.
    await waitFor(() => expect(lineOf(/Oat drink/)).toHaveTextContent('Needed: 1.3 L'))
    expect(
      notice().getByText(
        'Nothing is planned for 23 to 25 November 2026: this list counts the meals planned for 16 to 18 November 2026 again on the same weekdays.',
      ),
    ).toBeInTheDocument()
    const stop = screen.getByRole('button', {
      name: 'Stop counting planned meals for those days',
    })
    await waitFor(() => expect(stop).toHaveFocus())
  })

  it('remembers the period, the people and the repeat choice across a reload', async () => {
    const { user, unmount, services, db } = await renderShopping()
    await notice().findByText(WEEK_NOTE)
    await user.selectOptions(screen.getByRole('combobox', { name: 'How long to shop for' }), '4')
    await user.click(screen.getByRole('checkbox', { name: 'Ben' }))
    await user.click(
      screen.getByRole('button', {
        name: 'Count the planned meals on the same weekdays for those days',
      }),
    )
    await waitFor(async () =>
      expect((await db.settings.get(SHOPPING_CHOICES_KEY))?.value).toEqual({
        weeks: 4,
        monday: null,
        excluded: ['p2'],
        repeatPlannedDays: true,
      }),
    )
    unmount()

    render(
      <ServicesProvider services={services}>
        <ShoppingPage />
      </ServicesProvider>,
    )
    expect(
      await screen.findByRole('button', { name: 'Stop counting planned meals for those days' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('combobox', { name: 'How long to shop for' })).toHaveValue('4')
    expect(screen.getByRole('checkbox', { name: 'Ben' })).not.toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Ana' })).toBeChecked()
  })

  it('goes to an earlier week, and brings back a later week chosen before but not a past one', async () => {
    const { user, unmount, services } = await renderShopping()
    await notice().findByText(WEEK_NOTE)
    await user.click(screen.getByRole('button', { name: 'Previous week' }))
    expect(await screen.findByRole('heading', { name: '9 to 15 November 2026' })).toBeVisible()
    unmount()
    const again = () =>
      render(
        <ServicesProvider services={services}>
          <ShoppingPage />
        </ServicesProvider>,
      )
    const second = again()
    // A past week is not brought back: the list opens on this week.
    expect(await notice().findByText(WEEK_NOTE)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next week' }))
    expect(await screen.findByRole('heading', { name: '23 to 29 November 2026' })).toBeVisible()
    await waitFor(async () =>
      expect((await services.db.settings.get(SHOPPING_CHOICES_KEY))?.value).toMatchObject({
        monday: '2026-11-23',
      }),
    )
    second.unmount()
    again()
    expect(await screen.findByRole('heading', { name: '23 to 29 November 2026' })).toBeVisible()
  })
})
