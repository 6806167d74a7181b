import { act, screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { AdvicePage } from '../../../../../src/renderer/features/advice/AdvicePage'
import { renderWithServices } from '../../../../fixtures/render-app'

const base = { id: 'p1', name: 'Sam', ageYears: 40, sex: 'F', diet: 'omnivore' }

async function adviceFor(person: Record<string, unknown>, planned: Record<string, unknown>[] = []) {
  const view = renderWithServices(<AdvicePage />)
  await view.services.profiles.save({ ...base, ...person })
  if (planned.length > 0) await view.db.planEntries.bulkAdd(planned as never)
  await act(() => view.services.catalogue.load())
  await screen.findByRole('heading', { level: 2, name: /risk/i })
  return { ...view, user: userEvent.setup() }
}

describe('AdvicePage', () => {
  it('with no one in the household, says what will appear and shows the disclaimers', async () => {
    renderWithServices(<AdvicePage />)
    expect(await screen.findByText('No one to advise yet')).toBeInTheDocument()
    expect(screen.getByText(/Do not stop or change a prescribed medicine/)).toBeInTheDocument()
  })

  it('discuss_testing: metformin at 72 and vegan gives high risk, reasons with sources, and the test call-out', async () => {
    await adviceFor({ ageYears: 72, diet: 'vegan', medications: [{ text: 'Glucophage', class: 'metformin', years: 4 }] })
    expect(screen.getByRole('heading', { name: /High risk/ })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Ask about a B12 test' })).toBeInTheDocument()
    expect(screen.getByText('Metformin')).toBeInTheDocument()
    expect(screen.getByText('Age over 50')).toBeInTheDocument()
    expect(screen.getAllByText(/Medicines and Healthcare products Regulatory Agency/).length).toBeGreaterThan(0)
    expect(screen.getByRole('heading', { name: 'Keep taking your medicines' })).toBeInTheDocument()
  })

  it('one click adds the suggested 1000 µg supplement and the assessment updates', async () => {
    const { user, services } = await adviceFor({ ageYears: 72, diet: 'vegan', medications: [{ text: 'Glucophage', class: 'metformin', years: 4 }] })
    const change = screen.getByRole('region', { name: 'What would change this' })
    expect(change).toHaveTextContent('958 %')
    await user.click(screen.getByRole('button', { name: /Add a 1000 µg B12 tablet every day with breakfast/ }))
    expect(await screen.findByRole('heading', { name: /Moderate risk/ })).toBeInTheDocument()
    expect((await services.profiles.get('p1'))?.supplements).toHaveLength(1)
    expect(screen.getByRole('row', { name: /Absorbed estimate, share of need/ })).toHaveTextContent('958 %')
  })

  it('see_clinician: pernicious anaemia asks for a clinician and does not estimate absorption', async () => {
    await adviceFor({ conditions: ['pernicious_anaemia'] })
    expect(screen.getByRole('heading', { name: 'See a clinician' })).toBeInTheDocument()
    expect(screen.getByText(/How much is absorbed is not estimated here/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'What would change this' })).toBeNull()
  })

  it('urgent_same_day: vision loss puts an urgent alert first on the page', async () => {
    await adviceFor({ symptoms: ['vision_loss'] })
    const alert = screen.getByRole('alert')
    expect(alert).toHaveTextContent('Contact a doctor today')
    const headings = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(headings.findIndex((text) => text?.includes('Contact a doctor today'))).toBeLessThan(
      headings.findIndex((text) => text?.includes('risk')),
    )
  })

  it('none: an omnivore whose only factor is a low intake gets no clinician call-out', async () => {
    await adviceFor({}, [
      { id: 'e1', profileId: 'p1', date: '2026-11-16', slot: 'dinner', foodId: 'sr28:13325', item: { kind: 'food', foodId: 'sr28:13325', grams: 85 } },
    ])
    expect(screen.queryByRole('heading', { name: /Ask about a B12 test|See a clinician|Contact a doctor today/ })).toBeNull()
  })

  it.each([
    ['FOLIC_ACID_ABOVE_UL', { folicAcidUgPerDay: 5000 }, /folic acid/i],
    ['AVOID_CYANOCOBALAMIN', { conditions: ['lhon'] }, /cyanocobalamin/i],
    ['NO_SUPPLEMENT_WITHOUT_CLINICIAN', { conditions: ['cobalt_or_b12_hypersensitivity'] }, /allerg/i],
    ['DO_NOT_STOP_PRESCRIBED_MEDICINE', { medications: [{ text: 'Nexium', class: 'ppi', generic: null, brand: null, duration: 'over_2' }] }, /Keep taking your medicines/],
  ])('shows the %s warning prominently', async (_code, person, text) => {
    await adviceFor(person)
    const important = screen.getByRole('heading', { name: 'Important' }).parentElement!
    expect(important).toHaveTextContent(text)
  })

  it('shows the unreliable-sources warning when spirulina is planned', async () => {
    await adviceFor({ diet: 'vegan' }, [
      { id: 'e1', profileId: 'p1', date: '2026-11-17', slot: 'lunch', foodId: 'sr28:11667', item: { kind: 'food', foodId: 'sr28:11667', grams: 7 } },
    ])
    const important = screen.getByRole('heading', { name: 'Important' }).parentElement!
    expect(important).toHaveTextContent(/not counted|spirulina|seaweed/i)
  })

  it('opens the one-page summary with questions to ask and saves it as PDF through the desktop bridge', async () => {
    const { user, desktop } = await adviceFor({ ageYears: 72, diet: 'vegan', medications: [{ text: 'Glucophage', class: 'metformin', years: 4 }] })
    await user.click(screen.getByRole('button', { name: /One-page summary/ }))
    const summary = await screen.findByRole('article', { name: 'Vitamin B12 summary for Sam' })
    expect(summary).toHaveTextContent('I take Glucophage. Should my B12 be checked regularly?')
    expect(summary).toHaveTextContent('Would a B12 blood test be useful for me')
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }))
    await waitFor(() => expect(desktop.api.printToPdf).toHaveBeenCalledWith({ suggestedName: 'B12 summary Sam 2026-11-21.pdf', landscape: false }))
    expect(await screen.findByText('Saved: /tmp/out.pdf')).toBeInTheDocument()
  })
})
