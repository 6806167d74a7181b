import { act, screen, waitFor, within } from '@testing-library/react'
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

  const rosa = {
    ageYears: 72,
    diet: 'vegan',
    medications: [
      {
        text: 'Glucophage',
        class: 'metformin',
        generic: 'metformin',
        brand: 'Glucophage',
        duration: null,
      },
    ],
  }
  // Fortified soy milk at breakfast every day this week (2026-11-16 is the Monday of the fixture clock's week).
  const soyWeek = ['16', '17', '18', '19', '20', '21', '22'].map((d, i) => ({
    id: `m${i}`,
    profileId: 'p1',
    date: `2026-11-${d}`,
    slot: 'breakfast',
    foodId: 'sr28:16139',
    item: { kind: 'food', foodId: 'sr28:16139', grams: 243 },
  }))

  it('§6a.2 discuss_testing: metformin at 72 and vegan with nothing known is high from three factors, none of them missing meals read as zero', async () => {
    await adviceFor(rosa)
    expect(screen.getByRole('heading', { name: /High risk/ })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'Ask about a B12 test' })).toBeInTheDocument()
    expect(screen.getByText('Metformin')).toBeInTheDocument()
    expect(screen.getByText('Age over 50')).toBeInTheDocument()
    expect(screen.getByText('Plant-based diet, B12 sources not known yet')).toBeInTheDocument()
    expect(screen.queryByText('B12 well below your need')).toBeNull()
    expect(screen.getByRole('row', { name: /B12 eaten or taken/ })).toHaveTextContent(
      'not known yet',
    )
    expect(
      screen.getAllByText(/Medicines and Healthcare products Regulatory Agency/).length,
    ).toBeGreaterThan(0)
    expect(screen.getByRole('heading', { name: 'Keep taking your medicines' })).toBeInTheDocument()
  })

  it('§6a.2 with unknown intake the one-click tablet is offered without a made-up preview; adding it moves focus to the confirmation', async () => {
    const { user, services } = await adviceFor(rosa)
    const change = screen.getByRole('region', { name: 'What would change this' })
    expect(change).toHaveTextContent('cannot be estimated until what is eaten is known')
    expect(change).not.toHaveTextContent('%')
    await user.click(
      screen.getByRole('button', { name: /Add a 1000 µg B12 tablet every day with breakfast/ }),
    )
    await waitFor(() =>
      expect(
        screen.getByText(/^Added a 1000 µg B12 tablet every day with breakfast/),
      ).toHaveFocus(),
    )
    expect((await services.profiles.get('p1'))?.supplements).toHaveLength(1)
    expect(screen.queryByRole('button', { name: /Add a 1000 µg B12 tablet/ })).toBeNull()
  })

  it('a failing save of the one-click tablet is an alert that takes focus; nothing is added', async () => {
    const { user, services } = await adviceFor(rosa)
    services.profiles.save = () => Promise.reject(new Error('disk full'))
    await user.click(
      screen.getByRole('button', { name: /Add a 1000 µg B12 tablet every day with breakfast/ }),
    )
    await waitFor(() =>
      expect(screen.getByRole('alert')).toHaveTextContent(
        'It could not be added: Error: disk full',
      ),
    )
    expect(screen.getByRole('alert')).toHaveFocus()
    expect((await services.profiles.get('p1'))?.supplements ?? []).toHaveLength(0)
    expect(screen.getByRole('button', { name: /Add a 1000 µg B12 tablet/ })).toBeInTheDocument()
  })

  it('§6a.6 one click adds the 1000 µg of HIGH_DOSE_ORAL (the person’s own code) and the assessment updates', async () => {
    const { user, services } = await adviceFor(rosa, soyWeek)
    expect(
      screen.getByRole('heading', { name: /What could help: A higher-dose B12 tablet/ }),
    ).toBeInTheDocument()
    const change = screen.getByRole('region', { name: 'What would change this' })
    expect(change).toHaveTextContent(/\d+ %/)
    const preview = /estimated (\d+) %/.exec(change.textContent ?? '')?.[1]
    await user.click(
      screen.getByRole('button', { name: /Add a 1000 µg B12 tablet every day with breakfast/ }),
    )
    expect(await screen.findByRole('heading', { name: /Moderate risk/ })).toBeInTheDocument()
    expect((await services.profiles.get('p1'))?.supplements).toHaveLength(1)
    expect(screen.getByRole('row', { name: /Absorbed estimate, share of need/ })).toHaveTextContent(
      `${preview} %`,
    )
  })

  it('see_clinician: pernicious anaemia asks for a clinician and does not estimate absorption', async () => {
    await adviceFor({ conditions: ['pernicious_anaemia'] }, soyWeek)
    expect(screen.getByRole('heading', { name: 'See a clinician' })).toBeInTheDocument()
    expect(screen.getByText(/How much is absorbed is not estimated here/)).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'What would change this' })).toBeNull()
    // §6a.6: no dose with IF loss, only the clinician step.
    const suggestion = screen.getByText(/the clinician chooses the form, the dose and how often/)
    expect(suggestion.textContent).not.toMatch(/\d\s*(mg|µg)/)
  })

  it('§6a.8 an adult with nothing known and no factor is asked for a usual week, not told "no change needed"', async () => {
    await adviceFor({})
    expect(screen.getByRole('heading', { name: /No known risk/ })).toBeInTheDocument()
    expect(screen.getByText(/what is eaten is not known yet/)).toBeInTheDocument()
    expect(
      screen.getByRole('heading', {
        name: 'What could help: Nothing to change from what you told us',
      }),
    ).toBeInTheDocument()
    expect(screen.queryByText('No change needed')).toBeNull()
  })

  it('§6a.3 a vegan baby gets the health-visitor step, no dose and no one-click tablet', async () => {
    await adviceFor({ ageYears: 0.5, diet: 'vegan' })
    expect(screen.getByRole('heading', { name: /Moderate risk/ })).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { name: 'Talk to your baby’s health visitor or doctor' }),
    ).toBeInTheDocument()
    expect(screen.getByText('Baby on a plant-based diet')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'What would change this' })).toBeNull()
    expect(document.body.textContent).not.toMatch(/\d\s*µg (B12 )?tablet|\d+ to \d+ µg/)
  })

  it('§6a.7 a child is not cited NICE NG239 (it covers people 16 and over)', async () => {
    const { user } = await adviceFor({ ageYears: 6, diet: 'vegan' })
    expect(screen.getByRole('heading', { name: /Moderate risk/ })).toBeInTheDocument()
    expect(
      screen.getByRole('heading', { name: 'Talk to your child’s doctor or nurse' }),
    ).toBeInTheDocument()
    for (const summary of screen.getAllByText(/^Why\?/)) await user.click(summary)
    expect(document.body.textContent).not.toMatch(/NG239/)
  })

  it('§6a.7 medicines not in the app’s list are named, with "did you mean", and never called harmless', async () => {
    await adviceFor({
      medications: [
        { text: 'metfromin', class: 'other', generic: null, brand: null, duration: null },
        { text: 'Tizanidine', class: 'other', generic: null, brand: null, duration: null },
      ],
    })
    const note = screen.getByRole('region', { name: 'Medicines the app could not check' })
    expect(note).toHaveTextContent(
      'Not in the app’s list — ask your pharmacist whether it affects B12. This advice does not include them.',
    )
    expect(within(note).getByText(/^metfromin/)).toHaveTextContent('did you mean metformin?')
    expect(within(note).getByText(/^Tizanidine/)).not.toHaveTextContent('did you mean')
    expect(document.body).not.toHaveTextContent(/not known to affect/i)
  })

  it('says nothing about unlisted medicines when every medicine is known', async () => {
    await adviceFor(rosa)
    expect(screen.queryByRole('region', { name: 'Medicines the app could not check' })).toBeNull()
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
      {
        id: 'e1',
        profileId: 'p1',
        date: '2026-11-16',
        slot: 'dinner',
        foodId: 'sr28:13325',
        item: { kind: 'food', foodId: 'sr28:13325', grams: 85 },
      },
    ])
    expect(
      screen.queryByRole('heading', {
        name: /Ask about a B12 test|See a clinician|Contact a doctor today/,
      }),
    ).toBeNull()
  })

  it.each([
    ['FOLIC_ACID_ABOVE_UL', { folicAcidUgPerDay: 5000 }, /folic acid/i],
    ['AVOID_CYANOCOBALAMIN', { conditions: ['lhon'] }, /cyanocobalamin/i],
    [
      'NO_SUPPLEMENT_WITHOUT_CLINICIAN',
      { conditions: ['cobalt_or_b12_hypersensitivity'] },
      /allerg/i,
    ],
    [
      'DO_NOT_STOP_PRESCRIBED_MEDICINE',
      {
        medications: [
          { text: 'Nexium', class: 'ppi', generic: null, brand: null, duration: 'over_2' },
        ],
      },
      /Keep taking your medicines/,
    ],
  ])('shows the %s warning prominently', async (_code, person, text) => {
    await adviceFor(person)
    const important = screen.getByRole('heading', { name: 'Important' }).parentElement!
    expect(important).toHaveTextContent(text)
  })

  it('shows the unreliable-sources warning when spirulina is planned', async () => {
    await adviceFor({ diet: 'vegan' }, [
      {
        id: 'e1',
        profileId: 'p1',
        date: '2026-11-17',
        slot: 'lunch',
        foodId: 'sr28:11667',
        item: { kind: 'food', foodId: 'sr28:11667', grams: 7 },
      },
    ])
    const important = screen.getByRole('heading', { name: 'Important' }).parentElement!
    expect(important).toHaveTextContent(/not counted|spirulina|seaweed/i)
  })

  it('opens the one-page summary with questions to ask and saves it as PDF through the desktop bridge', async () => {
    const { user, desktop } = await adviceFor({ ...rosa, folicAcidUgPerDay: 5000 })
    await user.click(screen.getByRole('button', { name: /One-page summary/ }))
    const summary = await screen.findByRole('article', { name: 'Vitamin B12 summary for Sam' })
    expect(summary).toHaveTextContent('I take Glucophage. Should my B12 be checked regularly?')
    expect(summary).toHaveTextContent('Would a B12 blood test be useful for me')
    expect(summary).toHaveTextContent(
      'If it was prescribed I will keep taking it: should my B12 be checked?',
    )
    expect(summary).toHaveTextContent('The app does not know what I usually eat.')
    const intake = within(summary).getByRole('row', { name: /B12 eaten or taken/ })
    expect(intake).toHaveTextContent('not known yet')
    await user.click(screen.getByRole('button', { name: 'Save as PDF' }))
    await waitFor(() =>
      expect(desktop.api.printToPdf).toHaveBeenCalledWith({
        suggestedName: 'B12 summary Sam 2026-11-21.pdf',
        landscape: false,
      }),
    )
    expect(await screen.findByText('Saved: /tmp/out.pdf')).toBeInTheDocument()
  })

  it('§6a.7 the summary cites ADA only with metformin and names a PPI’s duration', async () => {
    const { user } = await adviceFor({
      medications: [
        {
          text: 'Nexium',
          class: 'ppi',
          generic: 'esomeprazole',
          brand: 'Nexium',
          duration: '1_to_2',
        },
      ],
    })
    await user.click(screen.getByRole('button', { name: /One-page summary/ }))
    const summary = await screen.findByRole('article', { name: 'Vitamin B12 summary for Sam' })
    expect(summary).toHaveTextContent('Nexium (esomeprazole), for 1–2 years')
    expect(summary).toHaveTextContent('I have taken Nexium for 1–2 years. Could it lower my B12?')
    expect(summary).not.toHaveTextContent('American Diabetes Association')
  })
})
