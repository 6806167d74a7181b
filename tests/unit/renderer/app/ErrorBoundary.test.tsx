import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../../../src/renderer/app/ErrorBoundary'

let shouldThrow = true
function Fragile() {
  const [label] = useState('fine')
  if (shouldThrow) throw new Error('chart exploded')
  return <p>{label}</p>
}

describe('ErrorBoundary', () => {
  it('shows a calm message that data is safe, and recovers on Try again', async () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    render(
      <ErrorBoundary scope="this page">
        <Fragile />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toHaveTextContent(/Your saved information is safe/)
    expect(screen.getByText('chart exploded')).toBeInTheDocument()
    shouldThrow = false
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('fine')).toBeInTheDocument()
    consoleError.mockRestore()
  })
})
