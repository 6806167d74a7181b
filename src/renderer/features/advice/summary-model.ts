/**
 * What the one-page summary for a doctor or pharmacist says: the details that matter, this
 * week's B12, the reasons with their sources, and questions to ask. Pure and unit-tested.
 */
import {
  CONDITIONS,
  DISCLAIMERS,
  explainContextOf,
  explainReason,
  NO_SOURCE_FOR_PERSON,
  SYMPTOMS,
  type B12Assessment,
  type ExplainContext,
} from '../../../core/b12'
import { durationPhrase } from '../../../core/profiles/medication-duration'
import type { FoodRecord } from '../../../core/foods/types'
import { WEEKDAY_NAMES } from '../../../core/dates'
import { slotLabel, type Person } from '../../../core/profiles/person'
import { medicationUseFor, personAge } from '../../../core/profiles/to-assessment'
import { DIET_LABELS } from '../foods'
import { intakeFacts, riskWords } from './advice-text'

export interface SummaryModel {
  title: string
  prepared: string
  details: { label: string; value: string }[]
  medicines: string[]
  supplements: string[]
  intake: { label: string; value: string }[]
  notEstimated: string | null
  risk: string
  reasons: { label: string; sources: string }[]
  questions: string[]
  disclaimers: string[]
}

const SEX = { F: 'Female', M: 'Male', X: 'Not stated' } as const

function days(list: readonly number[]): string {
  return list.length === 7 ? 'every day' : list.map((d) => WEEKDAY_NAMES[d] ?? '').join(', ')
}

/** ", for 1–2 years", or for a name the app does not know, that it was not checked (§6a.7). */
function medicineNote(m: Person['medications'][number]): string {
  if (m.class === 'other') return ' — not in the app’s list, so not checked for B12'
  const phrase = durationPhrase(m.duration)
  return phrase ? `, ${phrase}` : ''
}

function questionsFor(person: Person, a: B12Assessment): string[] {
  const questions: string[] = []
  const nitrousOxide = a.riskReasons.includes('NITROUS_OXIDE')
  if (nitrousOxide) {
    // NICE: homocysteine or MMA are the first tests after nitrous oxide, not serum B12 (§6a.7).
    questions.push('I have used nitrous oxide. Should I have a homocysteine or MMA test?')
  } else if (a.clinicianAction !== 'none' || a.riskLevel === 'moderate' || a.riskLevel === 'high') {
    questions.push(
      'Would a B12 blood test be useful for me, and which one (for example active B12)?',
    )
  }
  for (const m of person.medications) {
    if (m.class === 'metformin')
      questions.push(`I take ${m.text}. Should my B12 be checked regularly?`)
    if (m.class === 'ppi' || m.class === 'h2ra') {
      const phrase = durationPhrase(m.duration)
      questions.push(
        `${phrase ? `I have taken ${m.text} ${phrase}` : `I take ${m.text}`}. Could it lower my B12?`,
      )
    }
  }
  // The only dose named here is the one of this person's own suggestion code (§6a.6).
  if (a.suggestionCode === 'HIGH_DOSE_ORAL')
    questions.push('Is a 500–1000 µg B12 tablet a day suitable for me, with my other medicines?')
  if (a.warnings.includes('FOLIC_ACID_ABOVE_UL')) {
    questions.push(
      `I take ${person.folicAcidUgPerDay} µg of folic acid a day. If it was prescribed I will keep taking it: should my B12 be checked?`,
    )
  }
  if (
    (person.pregnant || person.lactating) &&
    (person.diet === 'vegan' || person.diet === 'lacto_ovo_vegetarian')
  ) {
    questions.push(
      'Which B12 supplement should I take while pregnant or breastfeeding, and should my baby’s B12 be checked?',
    )
  }
  if (a.intakeUgPerDay === null)
    questions.push(
      'The app does not know what I usually eat. Which foods or supplements give me B12 reliably?',
    )
  questions.push('Is there anything in my diet or medicines I should change for B12?')
  return questions
}

export function summaryModel(
  person: Person,
  a: B12Assessment,
  foods: ReadonlyMap<string, FoodRecord>,
  today: string,
): SummaryModel {
  const age = personAge(person, today)
  const label = (list: readonly { code: string; label: string }[], code: string): string =>
    list.find((entry) => entry.code === code)?.label ?? code.replace(/_/g, ' ')
  const details = [
    {
      label: 'Age',
      value: age < 1 ? `${Math.round(age * 12)} months` : `${Math.floor(age)} years`,
    },
    { label: 'Sex', value: SEX[person.sex] },
    { label: 'Diet', value: DIET_LABELS[person.diet] },
  ]
  if (person.pregnant)
    details.push({
      label: 'Pregnant',
      value: person.pregnancyTrimester ? `yes, trimester ${person.pregnancyTrimester}` : 'yes',
    })
  if (person.lactating) details.push({ label: 'Breastfeeding', value: 'yes' })
  if (person.conditions.length > 0)
    details.push({
      label: 'Conditions',
      value: person.conditions.map((c) => label(CONDITIONS, c)).join('; '),
    })
  if (person.symptoms.length > 0)
    details.push({
      label: 'Symptoms now',
      value: person.symptoms.map((s) => label(SYMPTOMS, s)).join('; '),
    })
  if (person.folicAcidUgPerDay > 0)
    details.push({
      label: 'Folic acid from supplements',
      value: `${person.folicAcidUgPerDay} µg a day`,
    })
  const facts = intakeFacts(a)
  // Sources chosen for this person: NICE only from 16, ADA only with metformin (§6a.7).
  const ctx: ExplainContext = {
    ...explainContextOf({
      ageYears: age,
      medications: person.medications.map(medicationUseFor),
      conditions: person.conditions,
      intakePattern: null,
    }),
    intakeKnown: a.intakeUgPerDay !== null,
  }
  const words = riskWords(a)
  return {
    title: `Vitamin B12 summary for ${person.name}`,
    prepared: `Prepared on ${today} with B12 Planner from details entered at home. This is not a diagnosis.`,
    details,
    medicines: person.medications.map(
      (m) =>
        `${m.text}${m.generic && m.generic.toLowerCase() !== m.text.toLowerCase() ? ` (${m.generic})` : ''}${medicineNote(m)}`,
    ),
    supplements: person.supplements.map(
      (s) =>
        `${s.units} × ${foods.get(s.foodId)?.name ?? 'unknown supplement'}, with ${slotLabel(s.slot).toLowerCase()}, ${days(s.days)}`,
    ),
    intake: facts.rows,
    notEstimated: facts.notEstimated,
    risk: `${words.title}: ${words.text}`,
    reasons: a.riskReasons.map((code) => {
      const reason = explainReason(code, ctx)
      return {
        label: `${reason.label}. ${reason.text}`,
        sources:
          reason.sources.length > 0
            ? `${reason.sources.map((s) => `${s.organisation}, ${s.section}`).join('; ')}.`
            : NO_SOURCE_FOR_PERSON,
      }
    }),
    questions: questionsFor(person, a),
    disclaimers: Object.values(DISCLAIMERS),
  }
}
