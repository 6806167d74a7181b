import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import {
  GeneratePanel,
  type GeneratePanelProps,
} from '../../../../../src/renderer/features/planner/GeneratePanel'

const base: GeneratePanelProps = {
  state: { status: 'idle' },
  names: new Map([['p1', 'Ana']]),
  canGenerate: true,
  noOneToPlan: false,
  onGenerate: () => {},
  onCancel: () => {},
  onUndo: async () => {},
  onDismiss: () => {},
}
const done: GeneratePanelProps['state'] = {
  status: 'done',
  infeasibilities: [],
  previous: [],
  added: [],
  fallbacks: 0,
  skipped: [],
}

describe('GeneratePanel outcome (the one StatusMessage)', () => {
  it('after a generated week, focus is on "Undo the new plan" in the status; a failing undo is reported', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<GeneratePanel {...base} />)
    rerender(
      <GeneratePanel
        {...base}
        state={done}
        onUndo={() => Promise.reject(new Error('disk full'))}
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent(
      "Done: every day meets everyone's targets.",
    )
    const undo = screen.getByRole('button', { name: 'Undo the new plan' })
    expect(undo).toHaveFocus()
    await user.click(undo)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'That could not be undone, so nothing was changed: disk full',
    )
    expect(undo).toHaveFocus()
  })

  it('a cancelled run is announced and focused, so focus does not drop to the body', () => {
    const { rerender } = render(
      <GeneratePanel
        {...base}
        state={{
          status: 'running',
          progress: { done: 1, total: 7 },
          scope: { kind: 'week' },
          skipped: [],
        }}
      />,
    )
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    rerender(<GeneratePanel {...base} state={{ status: 'cancelled' }} />)
    expect(screen.getByText('Planning was cancelled. Nothing was changed.')).toHaveFocus()
    expect(document.activeElement).not.toBe(document.body)
  })
})
