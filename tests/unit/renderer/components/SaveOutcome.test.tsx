import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SaveOutcome } from '../../../../src/renderer/components/SaveOutcome'

describe('SaveOutcome', () => {
  it('announces a save in a status region that is there before the message', () => {
    const { rerender } = render(<SaveOutcome outcome={null} />)
    const region = screen.getByRole('status')
    expect(region).toBeEmptyDOMElement()
    rerender(<SaveOutcome outcome={{ kind: 'saved', text: 'Saved.' }} />)
    expect(screen.getByRole('status')).toBe(region)
    expect(region).toHaveTextContent('Saved.')
    expect(region.querySelector('.callout-ok')).not.toBeNull()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows a cancelled save as polite information, not as a failure', () => {
    render(
      <SaveOutcome
        outcome={{ kind: 'info', text: 'Nothing was saved: the save was cancelled.' }}
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent(
      'Nothing was saved: the save was cancelled.',
    )
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('reports a failed save as an alert and leaves the status empty', () => {
    render(
      <SaveOutcome
        outcome={{ kind: 'failed', text: 'The PDF could not be saved: disk full' }}
        className="no-print"
      />,
    )
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('The PDF could not be saved: disk full')
    expect(alert).toHaveClass('callout-error', 'no-print')
    expect(screen.getByRole('status')).toBeEmptyDOMElement()
  })
})
