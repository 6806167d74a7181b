/**
 * §6a.7: wording that must hold, and sources chosen per person (NICE NG239 from 16, ADA and the
 * other metformin sources only with metformin); §6a.8 NONE on unknown intake; §6a.3 babies.
 */
import { describe, expect, it } from 'vitest'
import {
  assessB12,
  citationsFor,
  cite,
  explainClinicianAction,
  explainContextOf,
  explainReason,
  explainSuggestion,
  explainWarning,
  REASON_TEXTS,
  RISK_REASON_CODES,
  SUGGESTION_CODES,
  WARNING_CODES,
  CLINICIAN_ACTIONS,
  type ExplainContext,
} from '../../../../src/core/b12'
import { med, person } from './builders'

const adult: ExplainContext = { ageYears: 40, takesMetformin: false, intakeKnown: true }
const onMetformin: ExplainContext = { ...adult, takesMetformin: true }
const child: ExplainContext = { ageYears: 6, takesMetformin: false, intakeKnown: false }
const baby: ExplainContext = { ageYears: 0.5, takesMetformin: false, intakeKnown: false }

const tags = (e: { sources: readonly { tag: string }[] }) => e.sources.map((s) => s.tag)

describe('§6a.7 wording', () => {
  it('§6a.7 FOLIC_ACID_ABOVE_UL: 5 mg is often prescribed before and in early pregnancy; never stop; ask the prescriber about B12', () => {
    for (const text of [
      REASON_TEXTS.FOLIC_ACID_ABOVE_UL.text,
      explainWarning('FOLIC_ACID_ABOVE_UL', adult).text,
    ]) {
      expect(text).toMatch(/5 mg/)
      expect(text).toMatch(/prescribed/)
      expect(text).toMatch(/early pregnancy/)
      expect(text).toMatch(/prescriber/)
      expect(text).toMatch(/B12/)
    }
    expect(REASON_TEXTS.FOLIC_ACID_ABOVE_UL.text).toMatch(/never stop a prescribed dose/)
    expect(explainWarning('FOLIC_ACID_ABOVE_UL', adult).text).toMatch(/keep taking it/)
    expect(REASON_TEXTS.FOLIC_ACID_ABOVE_UL.label).not.toMatch(/safe/)
  })

  it('§6a.7 NITROUS_OXIDE: the first tests are homocysteine or methylmalonic acid, not a B12 level (NICE)', () => {
    const text = explainReason('NITROUS_OXIDE', adult)
    expect(text.text).toMatch(/homocysteine or methylmalonic acid, not a B12 level/)
    expect(tags(text)).toEqual(['NICE'])
    const suggestion = explainSuggestion('SEE_CLINICIAN_FIRST', adult).text
    expect(suggestion).not.toMatch(/B12 blood test comes first/)
  })

  it('§6a.7 NICE NG239 is cited for people of 16 and over only', () => {
    const all = [
      ...RISK_REASON_CODES.map((c) => explainReason(c, child)),
      ...SUGGESTION_CODES.map((c) => explainSuggestion(c, child)),
      ...WARNING_CODES.map((c) => explainWarning(c, child)),
      ...CLINICIAN_ACTIONS.map((c) => explainClinicianAction(c, child)),
    ]
    for (const e of all) expect(tags(e)).not.toContain('NICE')
    expect(tags(explainReason('AGE_51_PLUS', { ...adult, ageYears: 16 }))).toContain('NICE')
    expect(tags(explainReason('AGE_51_PLUS', { ...adult, ageYears: 15.9 }))).not.toContain('NICE')
  })

  it('§6a.7 ADA (and the other metformin sources) only where metformin is taken', () => {
    const noMetformin = [
      explainSuggestion('CRYSTALLINE_SOURCE', adult),
      explainWarning('DO_NOT_STOP_PRESCRIBED_MEDICINE', adult),
      explainClinicianAction('discuss_testing', adult),
    ]
    for (const e of noMetformin) {
      expect(tags(e)).not.toContain('ADA')
      expect(tags(e)).not.toContain('MHRA')
      expect(e.sources.length).toBeGreaterThan(0)
    }
    expect(tags(explainSuggestion('CRYSTALLINE_SOURCE', onMetformin))).toContain('ADA')
    expect(tags(explainWarning('DO_NOT_STOP_PRESCRIBED_MEDICINE', onMetformin))).toContain('ADA')
    expect(tags(explainReason('MED_METFORMIN', onMetformin))).toEqual([
      'DEJ',
      'MHRA',
      'ADA',
      'NICE',
    ])
  })

  it('§6a.7 citationsFor keeps everything else in order', () => {
    const list = [cite('IOM', 'a'), cite('NICE', 'b'), cite('ADA', 'c'), cite('VS', 'd')]
    expect(tags({ sources: citationsFor(list, { ageYears: 40, takesMetformin: true }) })).toEqual([
      'IOM',
      'NICE',
      'ADA',
      'VS',
    ])
    expect(tags({ sources: citationsFor(list, { ageYears: 40, takesMetformin: false }) })).toEqual([
      'IOM',
      'NICE',
      'VS',
    ])
    expect(tags({ sources: citationsFor(list, { ageYears: 10, takesMetformin: false }) })).toEqual([
      'IOM',
      'VS',
    ])
  })

  it('§6a.7 explainContextOf reads age, metformin (any duration) and whether intake is known', () => {
    expect(
      explainContextOf(
        person({ ageYears: 70, medications: [med('metformin', 0.2)], intakePattern: null }),
      ),
    ).toEqual({
      ageYears: 70,
      takesMetformin: true,
      intakeKnown: false,
      crystallineForAgeOnly: false,
    })
    expect(explainContextOf(person({ medications: [med('ppi')] })).takesMetformin).toBe(false)
  })

  it.each([
    [70, [], [], true],
    [70, ['metformin'], [], false],
    [70, [], ['coeliac_disease'], false],
    [40, [], [], false],
    [40, ['colchicine'], [], false],
  ])(
    'crystalline advice for age %d with medicines %j and conditions %j talks only of age: %s',
    (ageYears, classes, conditions, ageOnly) => {
      const ctx = explainContextOf(
        person({ ageYears, medications: classes.map((c) => med(c)), conditions }),
      )
      expect(ctx.crystallineForAgeOnly).toBe(ageOnly)
      const text = explainSuggestion('CRYSTALLINE_SOURCE', ctx).text
      expect(text.includes('If a medicine or a stomach or bowel condition is listed')).toBe(
        !ageOnly,
      )
      expect(text).toMatch(/10 to 100 µg once a day/)
    },
  )

  it('the age-only crystalline advice cites IOM and ODS, not the metformin or NICE sources', () => {
    const ctx = explainContextOf(person({ ageYears: 75, medications: [], conditions: [] }))
    expect(tags(explainSuggestion('CRYSTALLINE_SOURCE', ctx))).toEqual(['IOM', 'ODS'])
  })
})

describe('texts for children and babies', () => {
  it('§6a.3 a baby’s clinician step names the health visitor; a child’s names the child’s doctor', () => {
    expect(explainClinicianAction('see_clinician', baby).text).toMatch(
      /baby’s health visitor or doctor/,
    )
    expect(explainClinicianAction('see_clinician', child).text).toMatch(/child’s doctor or nurse/)
    expect(explainClinicianAction('see_clinician', adult).text).toMatch(
      /^Make an appointment with a doctor/,
    )
    expect(explainSuggestion('PEDIATRIC_ADVICE', baby).label).toMatch(/baby/)
    expect(explainSuggestion('PEDIATRIC_ADVICE', child).label).toMatch(/child/)
  })

  it('§6a.8 NONE on unknown intake asks for a usual week; with known intake it is "no change needed"', () => {
    expect(explainSuggestion('NONE', { ...adult, intakeKnown: false }).text).toMatch(
      /describe a usual week/i,
    )
    expect(explainSuggestion('NONE', adult).label).toBe('No change needed')
  })

  it('§6a.2 the new factors have plain texts with VS, ODS and CDC sources', () => {
    expect(tags(REASON_TEXTS.INTAKE_UNKNOWN_PLANT_BASED)).toEqual(['VS', 'ODS'])
    expect(REASON_TEXTS.INTAKE_UNKNOWN_PLANT_BASED.text).toMatch(/usual week/)
    expect(tags(REASON_TEXTS.INFANT_PLANT_BASED)).toEqual(['ODS', 'CDC', 'VS'])
    expect(REASON_TEXTS.INFANT_PLANT_BASED.text).toMatch(/infant formula/)
  })

  it('assessB12’s suggestionText is the person’s own text', () => {
    const r = assessB12(person({ ageYears: 6, diet: 'vegan', intakePattern: null }))
    expect(r.suggestionText).toBe(explainSuggestion('PEDIATRIC_ADVICE', child).text)
  })
})
