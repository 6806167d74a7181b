import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { WeekNavigator } from '../../../../src/renderer/components/WeekNavigator'

function Page({ showLabel }: { showLabel?: boolean }) {
  const [monday, setMonday] = useState('2026-11-30')
  return (
    <>
      <WeekNavigator
        monday={monday}
        thisMonday="2026-11-30"
        onChange={setMonday}
        showLabel={showLabel}
      />
      <output data-testid="monday">{monday}</output>
    </>
  )
}

describe('WeekNavigator', () => {
  it('moves a week back and forth and back to this week, keeping focus on the button pressed', async () => {
    const user = userEvent.setup()
    render(<Page />)
    const nav = screen.getByRole('navigation', { name: 'Weeks' })
    expect(nav).toBeInTheDocument()
    const next = screen.getByRole('button', { name: 'Next week' })
    await user.click(next)
    expect(screen.getByTestId('monday')).toHaveTextContent('2026-12-07')
    expect(next).toHaveFocus()
    await user.keyboard('{Shift>}{Tab}{/Shift}')
    expect(screen.getByRole('button', { name: 'This week' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByTestId('monday')).toHaveTextContent('2026-11-30')
    await user.click(screen.getByRole('button', { name: 'Previous week' }))
    // Across a month and a year boundary is core/dates' job; this only checks the step.
    expect(screen.getByTestId('monday')).toHaveTextContent('2026-11-23')
  })

  it('names the week in the one format, with this week and next week said in words', async () => {
    const user = userEvent.setup()
    render(<Page showLabel />)
    expect(screen.getByText('Week of Monday 30 November 2026 (this week)')).toHaveAttribute(
      'aria-live',
      'polite',
    )
    await user.click(screen.getByRole('button', { name: 'Next week' }))
    expect(screen.getByText('Week of Monday 7 December 2026 (next week)')).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Next week' }))
    expect(screen.getByText('Week of Monday 14 December 2026')).toBeInTheDocument()
  })

  it('shows no label where the page titles the week itself', () => {
    render(<Page />)
    expect(screen.queryByText(/Week of/)).toBeNull()
  })
})
