import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { App } from '../../../../src/renderer/app/App'
import { PAGES } from '../../../../src/renderer/app/routes'
import { renderWithServices } from '../../../fixtures/render-app'

describe('App shell', () => {
  it('shows the plan page first, with the navigation and the disclaimer', () => {
    renderWithServices(<App />)
    expect(screen.getByRole('heading', { level: 1, name: 'Weekly plan' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Main' })
    expect(nav.querySelectorAll('a')).toHaveLength(PAGES.length)
    expect(screen.getByText(/cannot diagnose deficiency/)).toBeVisible()
  })

  it.each(PAGES.map((page) => [page.label, page.title]))(
    'the %s link opens its page, marks it current and focuses its heading',
    async (label, title) => {
      renderWithServices(<App />)
      const nav = screen.getByRole('navigation', { name: 'Main' })
      await userEvent.click(within(nav).getByRole('link', { name: label }))
      const heading = await screen.findByRole('heading', { level: 1, name: title })
      await waitFor(() => expect(heading).toHaveFocus())
      expect(within(nav).getByRole('link', { name: label })).toHaveAttribute('aria-current', 'page')
    },
  )

  it('with nothing stored, every page but Settings and Foods says what will appear there', async () => {
    renderWithServices(<App />)
    for (const page of PAGES.filter(
      (candidate) => candidate.id !== 'settings' && candidate.id !== 'foods',
    )) {
      act(() => {
        window.location.hash = `#/${page.id}`
        window.dispatchEvent(new HashChangeEvent('hashchange'))
      })
      await waitFor(() =>
        expect(
          screen.getByRole('main').querySelector('.empty-state h2')?.textContent,
          page.id,
        ).toBeTruthy(),
      )
    }
  })

  it('applies the stored text size to the document and answers the View menu', async () => {
    const { desktop, services } = renderWithServices(<App />)
    await services.settings.update({ textSizePct: 150 })
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe('150%'))
    act(() => desktop.sendMenu({ type: 'text-size', action: 'increase' }))
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe('175%'))
    expect((await services.settings.get()).textSizePct).toBe(175)
    act(() => desktop.sendMenu({ type: 'text-size', action: 'reset' }))
    await waitFor(() => expect(document.documentElement.style.fontSize).toBe('100%'))
  })

  it('navigates when the Go menu asks', async () => {
    const { desktop } = renderWithServices(<App />)
    await waitFor(() => expect(desktop.listenerCount()).toBe(1))
    act(() => desktop.sendMenu({ type: 'navigate', page: 'foods' }))
    expect(await screen.findByRole('heading', { level: 1, name: 'Foods' })).toBeInTheDocument()
  })

  it('shows a reload banner when the database was upgraded elsewhere', () => {
    renderWithServices(<App versionChanged />)
    expect(screen.getByRole('alert')).toHaveTextContent(/updated in another window/)
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument()
  })
})
