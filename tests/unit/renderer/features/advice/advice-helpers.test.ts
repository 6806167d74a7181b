import { describe, expect, it } from 'vitest'
import { SUGGESTION_CODES } from '../../../../../src/core/b12'
import {
  adviceHash,
  parseAdviceHash,
} from '../../../../../src/renderer/features/advice/use-advice-route'
import { proposalFor } from '../../../../../src/renderer/features/advice/suggested-supplement'
import {
  draftFromPerson,
  inputFromDraft,
} from '../../../../../src/renderer/features/household/person-draft'
import { validatePerson } from '../../../../../src/core/profiles/validate-person'
import { shippedCatalogue } from '../../../../fixtures/catalogue'
import { makePerson } from '../../../../fixtures/person'

describe('proposalFor', () => {
  const foods = shippedCatalogue().foods
  it.each([
    ['HIGH_DOSE_ORAL', 1000],
    ['PLANT_BASED_OPTIONS', 50],
    ['PLANT_BASED_PREGNANCY', 50],
    ['CRYSTALLINE_SOURCE', 50],
    ['DIET_OR_SUPPLEMENT', 50],
  ] as const)('%s proposes a daily %i µg cyanocobalamin tablet', (code, dose) => {
    const proposal = proposalFor(code, foods)
    expect(proposal?.food.supplement).toMatchObject({
      ugPerUnit: dose,
      unit: 'tablet',
      form: 'cyanocobalamin',
    })
  })

  it('never proposes self-dosing where the reference sends people to a clinician', () => {
    const selfHelp = new Set([
      'HIGH_DOSE_ORAL',
      'PLANT_BASED_OPTIONS',
      'PLANT_BASED_PREGNANCY',
      'CRYSTALLINE_SOURCE',
      'DIET_OR_SUPPLEMENT',
    ])
    for (const code of SUGGESTION_CODES.filter((c) => !selfHelp.has(c)))
      expect(proposalFor(code, foods), code).toBeNull()
  })
})

describe('advice route', () => {
  it('round-trips person and summary through the hash', () => {
    const hash = adviceHash({ personId: 'a b&c', summary: true })
    expect(parseAdviceHash(hash)).toEqual({ personId: 'a b&c', summary: true })
    expect(parseAdviceHash('#/advice')).toEqual({ personId: null, summary: false })
  })
})

describe('person draft', () => {
  it('a saved person survives the form unchanged', () => {
    const person = makePerson({
      medications: [
        {
          text: 'Nexium',
          class: 'ppi',
          generic: 'esomeprazole',
          brand: 'Nexium',
          duration: 'over_2',
        },
      ],
      allergies: ['peanut', 'soy'],
      folicAcidUgPerDay: 400,
      supplements: [
        { id: 's1', foodId: 'curated:x' as never, units: 1, slot: 'lunch', days: [0, 2, 4] },
      ],
    })
    const result = validatePerson(
      inputFromDraft(draftFromPerson(person)),
      '2026-11-21',
      person.updatedAt,
    )
    expect(result.ok && result.person).toEqual(person)
  })
})
