import { describe, expect, it } from 'vitest'
import { assessB12 } from '../../../../../src/core/b12'
import { assessmentInputFor } from '../../../../../src/core/profiles/to-assessment'
import { summaryModel } from '../../../../../src/renderer/features/advice/summary-model'
import { makePerson } from '../../../../fixtures/person'

const TODAY = '2026-11-21'

describe('the doctor summary names each medicine with what the app knows about it', () => {
  const person = makePerson({
    medications: [
      { text: 'Losec', class: 'ppi', generic: 'omeprazole', brand: 'Losec', duration: '1_to_2' },
      {
        text: 'Nexium',
        class: 'ppi',
        generic: 'esomeprazole',
        brand: 'Nexium',
        duration: 'unknown',
      },
      { text: 'tizanidine', class: 'other', generic: null, brand: null, duration: null },
    ],
  })
  const model = summaryModel(
    person,
    assessB12(assessmentInputFor(person, null, TODAY)),
    new Map(),
    TODAY,
  )

  it('gives an acid reducer its "For how long?" answer, and says nothing for "not sure"', () => {
    expect(model.medicines.slice(0, 2)).toEqual([
      'Losec (omeprazole), for 1–2 years',
      'Nexium (esomeprazole)',
    ])
    expect(model.questions.find((q) => q.includes('Losec'))).toMatch(
      /Losec.* 1–2 years\. Could it lower my B12\?/,
    )
    expect(model.questions.find((q) => q.includes('Nexium'))).not.toMatch(/year/)
  })

  it('says a name outside the app’s list was not checked, never that it does not affect B12 (§6a.7)', () => {
    expect(model.medicines[2]).toBe('tizanidine — not in the app’s list, so not checked for B12')
    expect(model.medicines.join(' ')).not.toMatch(/not known to affect/i)
  })
})
