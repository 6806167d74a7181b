import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it } from 'vitest'
import { MedicinesEditor } from '../../../../../src/renderer/features/household/MedicinesEditor'
import type { MedicationDraft } from '../../../../../src/renderer/features/household/person-draft'

/** The editor with its list held in state, and every saved list recorded for the test. */
function setup(initial: MedicationDraft[] = []) {
  const saved: MedicationDraft[][] = []
  function Harness() {
    const [medications, setMedications] = useState(initial)
    return (
      <MedicinesEditor
        medications={medications}
        onChange={(next) => {
          saved.push(next)
          setMedications(next)
        }}
        idFor={(field) => `f-${field}`}
        errorFor={() => undefined}
      />
    )
  }
  render(<Harness />)
  const last = (): MedicationDraft[] => saved.at(-1) ?? initial
  return { user: userEvent.setup(), saved, last }
}

const addBox = () => screen.getByRole('textbox', { name: 'Add a medicine' })
const unlisted = /Not in the app’s list — ask your pharmacist whether it affects B12/

describe('MedicinesEditor', () => {
  it('asks "Did you mean metformin?" for "metfromin": kept as typed until yes, then metformin', async () => {
    const { user, last } = setup()
    await user.type(addBox(), 'metfromin{Enter}')
    const offer = screen.getByRole('group', { name: /Did you mean metformin\?/ })
    const yes = within(offer).getByRole('button', { name: 'Yes, metformin' })
    await waitFor(() => expect(yes).toHaveFocus())
    // never metformin on a guess: until the person answers it is the name as typed
    expect(last()).toEqual([
      expect.objectContaining({ text: 'metfromin', class: 'other', generic: null }),
    ])
    const key = last()[0]!.key
    await user.click(yes)
    expect(last()).toEqual([
      {
        key,
        text: 'metformin',
        class: 'metformin',
        generic: 'metformin',
        brand: null,
        duration: null,
      },
    ])
    expect(screen.queryByRole('group', { name: /Did you mean/ })).toBeNull()
    expect(screen.getByText('Metformin can lower B12 over the years.')).toBeInTheDocument()
    // no duration question for metformin: focus goes to the row
    expect(screen.queryByRole('group', { name: /For how long/ })).toBeNull()
    await waitFor(() =>
      expect(screen.getByText('metformin', { selector: 'strong' }).parentElement).toHaveFocus(),
    )
  })

  it('keeps what was typed when the person says no, as a medicine outside the app’s list', async () => {
    const { user, last } = setup()
    await user.type(addBox(), 'metfromin{Enter}')
    await user.click(screen.getByRole('button', { name: 'No, keep “metfromin”' }))
    expect(last()).toEqual([
      expect.objectContaining({ text: 'metfromin', class: 'other', generic: null, duration: null }),
    ])
    expect(screen.queryByRole('group', { name: /Did you mean/ })).toBeNull()
    expect(screen.getByText(unlisted)).toBeInTheDocument()
    expect(screen.queryByText(/not known to affect/i)).toBeNull()
    await waitFor(() =>
      expect(screen.getByText('metfromin', { selector: 'strong' }).parentElement).toHaveFocus(),
    )
  })

  it('asks again for a saved name that is near one in the list', () => {
    setup([
      { key: 'a', text: 'omeprazol', class: 'other', generic: null, brand: null, duration: null },
    ])
    expect(screen.getByRole('group', { name: /Did you mean omeprazole\?/ })).toBeInTheDocument()
    expect(screen.getByText(unlisted)).toBeInTheDocument()
  })

  it('accepting an acid reducer asks "For how long?" next', async () => {
    const { user, last } = setup()
    await user.type(addBox(), 'omeprazol{Enter}')
    await user.click(screen.getByRole('button', { name: 'Yes, omeprazole' }))
    expect(last()[0]).toMatchObject({ text: 'omeprazole', class: 'ppi', duration: 'unknown' })
    const question = screen.getByRole('group', { name: 'For how long has omeprazole been taken?' })
    await waitFor(() =>
      expect(within(question).getByRole('radio', { name: 'Not sure' })).toHaveFocus(),
    )
  })

  it('keeps an unknown name and says it is not in the app’s list (§6a.7)', async () => {
    const { user, last } = setup()
    await user.type(addBox(), 'metoprolol{Enter}')
    expect(screen.queryByRole('group', { name: /Did you mean/ })).toBeNull()
    expect(last()).toEqual([expect.objectContaining({ text: 'metoprolol', class: 'other' })])
    expect(screen.getByText(unlisted)).toBeInTheDocument()
  })

  it('saves an exact or run-together name at once: "GlucophageXR" is Glucophage XR', async () => {
    const { user, last } = setup()
    await user.type(addBox(), 'GlucophageXR{Enter}')
    expect(screen.queryByRole('group', { name: /Did you mean/ })).toBeNull()
    expect(last()).toEqual([
      expect.objectContaining({ text: 'GlucophageXR', class: 'metformin', brand: 'Glucophage XR' }),
    ])
  })

  it('asks an acid reducer "For how long?", starting at "Not sure" with focus on it (§6a.4)', async () => {
    const { user, last } = setup()
    await user.type(addBox(), 'Nexium{Enter}')
    const question = screen.getByRole('group', { name: 'For how long has Nexium been taken?' })
    const radios = within(question).getAllByRole('radio')
    expect(radios.map((r) => r.parentElement?.textContent)).toEqual([
      'Under 1 year',
      '1–2 years',
      'Over 2 years',
      'Not sure',
    ])
    const notSure = within(question).getByRole('radio', { name: 'Not sure' })
    expect(notSure).toBeChecked()
    await waitFor(() => expect(notSure).toHaveFocus())
    expect(last()[0]).toMatchObject({ class: 'ppi', generic: 'esomeprazole', duration: 'unknown' })
    await user.click(within(question).getByRole('radio', { name: 'Under 1 year' }))
    expect(last()[0]).toMatchObject({ duration: 'under_1' })
  })

  it('removes a medicine with an undo that puts it back in its place', async () => {
    const existing: MedicationDraft[] = [
      {
        key: 'a',
        text: 'Nexium',
        class: 'ppi',
        generic: 'esomeprazole',
        brand: 'Nexium',
        duration: 'over_2',
      },
      {
        key: 'b',
        text: 'Glucophage',
        class: 'metformin',
        generic: 'metformin',
        brand: 'Glucophage',
        duration: null,
      },
    ]
    const { user, last } = setup(existing)
    await user.click(screen.getByRole('button', { name: 'Remove Nexium' }))
    expect(last().map((m) => m.text)).toEqual(['Glucophage'])
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Removed Nexium.')
    // The row has gone: the one status message's Undo takes focus.
    const undo = within(status).getByRole('button', { name: 'Undo' })
    await waitFor(() => expect(undo).toHaveFocus())
    await user.keyboard('{Enter}')
    expect(last()).toEqual(existing)
    await waitFor(() =>
      expect(screen.getByText('Nexium', { selector: 'strong' }).parentElement).toHaveFocus(),
    )
  })
})
