import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { StatusMessage } from '../../../../src/renderer/components/StatusMessage'

/** A page with one removable thing, as every page with an Undo has. */
function Removable({ undo }: { undo: () => Promise<void> }) {
  const [removed, setRemoved] = useState(false)
  return (
    <>
      {removed ? null : (
        <button type="button" onClick={() => setRemoved(true)}>
          Remove Ada
        </button>
      )}
      <StatusMessage
        message={removed ? 'Removed Ada.' : null}
        onUndo={async () => {
          await undo()
          setRemoved(false)
        }}
      />
    </>
  )
}

describe('StatusMessage', () => {
  it('announces the message in a live region that is there before the message', () => {
    const { rerender } = render(<StatusMessage message={null} />)
    const region = screen.getByRole('status')
    expect(region).toBeEmptyDOMElement()
    rerender(<StatusMessage message="Saved." />)
    expect(screen.getByRole('status')).toBe(region)
    expect(region).toHaveTextContent('Saved.')
  })

  it('moves focus to Undo when the used control has gone, and keeps it in the region after undoing', async () => {
    const user = userEvent.setup()
    render(<Removable undo={async () => {}} />)
    await user.click(screen.getByRole('button', { name: 'Remove Ada' }))
    expect(screen.getByRole('status')).toHaveTextContent('Removed Ada.')
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('button', { name: 'Remove Ada' })).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveFocus()
    expect(document.activeElement).not.toBe(document.body)
  })

  it('shows a failing undo as an alert, keeps the message and focus on Undo', async () => {
    const user = userEvent.setup()
    render(<Removable undo={() => Promise.reject(new Error('disk full'))} />)
    await user.click(screen.getByRole('button', { name: 'Remove Ada' }))
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(screen.getByRole('alert')).toHaveTextContent(
      'That could not be undone, so nothing was changed: disk full',
    )
    expect(screen.getByRole('status')).toHaveTextContent('Removed Ada.')
    expect(screen.queryByRole('button', { name: 'Remove Ada' })).not.toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus()
  })

  it.each([
    { takeFocus: true, focused: 'message' },
    { takeFocus: false, focused: 'opener' },
  ])(
    'with takeFocus $takeFocus and no Undo, focus is on the $focused',
    ({ takeFocus, focused }) => {
      const { rerender } = render(
        <>
          <button type="button">Opener</button>
          <StatusMessage message={null} takeFocus={takeFocus} />
        </>,
      )
      screen.getByRole('button', { name: 'Opener' }).focus()
      rerender(
        <>
          <button type="button">Opener</button>
          <StatusMessage message="Moved up." takeFocus={takeFocus} />
        </>,
      )
      const expected =
        focused === 'message'
          ? screen.getByText('Moved up.')
          : screen.getByRole('button', { name: 'Opener' })
      expect(expected).toHaveFocus()
    },
  )

  it('takes focus again for a new action with the same text (focusKey)', () => {
    const { rerender } = render(<StatusMessage message="Copied." focusKey={1} />)
    expect(screen.getByText('Copied.')).toHaveFocus()
    screen.getByText('Copied.').blur()
    rerender(<StatusMessage message="Copied." focusKey={2} />)
    expect(screen.getByText('Copied.')).toHaveFocus()
  })

  it('announces an error of the action itself as an alert', () => {
    render(<StatusMessage message={null} error="That change could not be saved." />)
    expect(screen.getByRole('alert')).toHaveTextContent('That change could not be saved.')
  })

  it('focuses an error of the action itself, as the control used may have gone or been disabled', () => {
    const { rerender } = render(<StatusMessage message={null} />)
    rerender(<StatusMessage message={null} error="Nothing was deleted: disk full" />)
    expect(screen.getByRole('alert')).toHaveFocus()
  })

  it('leaves focus where the undo put it (the row it brought back), not in the region', async () => {
    const user = userEvent.setup()
    function Row() {
      const [removed, setRemoved] = useState(true)
      return (
        <>
          {removed ? null : (
            <h3 tabIndex={-1} ref={(el) => el?.focus()}>
              Nexium
            </h3>
          )}
          <StatusMessage
            message={removed ? 'Removed Nexium.' : null}
            onUndo={() => setRemoved(false)}
          />
        </>
      )
    }
    render(<Row />)
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('heading', { name: 'Nexium' })).toHaveFocus()
  })

  it('shows details under the message with Undo and a close button; closing keeps focus in the region', async () => {
    const user = userEvent.setup()
    function Generated() {
      const [open, setOpen] = useState(true)
      return (
        <StatusMessage
          message={open ? 'Done, but some targets cannot be met:' : null}
          details={
            <ul>
              <li>Ana: protein on Monday.</li>
            </ul>
          }
          onUndo={() => setOpen(false)}
          undoLabel="Undo the new plan"
          onDismiss={() => setOpen(false)}
        />
      )
    }
    render(<Generated />)
    const region = screen.getByRole('status')
    expect(region).toHaveTextContent('Done, but some targets cannot be met:Ana: protein on Monday.')
    expect(screen.getByRole('button', { name: 'Undo the new plan' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Close this message' }))
    expect(region).toBeEmptyDOMElement()
    expect(region).toHaveFocus()
  })
})
