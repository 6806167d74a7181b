import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import {
  answerWhichNuts,
  readAllergies,
} from '../../../../../src/renderer/features/household/allergy-readback'
import { HouseholdPage } from '../../../../../src/renderer/features/household/HouseholdPage'
import { renderWithServices } from '../../../../fixtures/render-app'

describe('readAllergies', () => {
  it('reads each word to the groups the planner keeps out, in the order typed', () => {
    expect(readAllergies(' Oats, tree-nuts ,, kiwi , nuts')).toEqual([
      { kind: 'groups', word: 'Oats', groups: ['oats'] },
      { kind: 'groups', word: 'tree-nuts', groups: ['tree-nut'] },
      { kind: 'by-name', word: 'kiwi' },
      { kind: 'which-nuts', word: 'nuts' },
    ])
    expect(readAllergies('shellfish')).toEqual([
      { kind: 'groups', word: 'shellfish', groups: ['crustacean', 'mollusc'] },
    ])
    expect(readAllergies('  ')).toEqual([])
  })

  it('replaces only the word meaning "nuts" with the answer', () => {
    expect(answerWhichNuts('soy, Nuts, peanut', 'tree nuts')).toBe('soy, tree nuts, peanut')
    expect(answerWhichNuts('nut allergy', 'tree nuts, peanuts')).toBe('tree nuts, peanuts')
    expect(answerWhichNuts('soy', 'peanuts')).toBe('soy')
  })
})

describe('the allergy field on the person form', () => {
  it('says what each word keeps out, asks which nuts, and returns focus to the field', async () => {
    const view = renderWithServices(<HouseholdPage />)
    await act(() => view.services.catalogue.load())
    const user = userEvent.setup()
    await user.click(await screen.findByRole('button', { name: 'Add a person' }))
    const field = screen.getByRole('textbox', { name: /Allergies/ })
    await user.type(field, 'oats, nuts')
    expect(screen.getByText(/oat flakes, porridge, oat drink, oat bran/)).toBeTruthy()
    const which = screen.getByRole('group', { name: 'Which nuts?' })
    expect(within(which).getByText(/Until you choose, both are kept out/)).toBeTruthy()
    await user.click(within(which).getByRole('radio', { name: 'Peanuts only' }))
    await user.click(within(which).getByRole('button', { name: 'Use this answer' }))
    expect((field as HTMLInputElement).value).toBe('oats, peanuts')
    expect(screen.queryByRole('group', { name: 'Which nuts?' })).toBeNull()
    expect(screen.getByText(/peanuts and peanut butter/)).toBeTruthy()
    await waitFor(() => expect(document.activeElement).toBe(field))
  })
})
