/**
 * Time to assess a household of 6 people over 52 weeks of planned meals: one assessB12 call per
 * person-week (312 calls), each week 7 days × 4 slots as daysPerWeek = 1 events of 1–4 items,
 * the way the planner builds intakePattern. Inputs are built before timing with a seeded
 * generator, so every run measures the same work. Prints figures; judges nothing.
 */
import {
  assessB12,
  type B12AssessmentInput,
  type EatingEvent,
  type IntakeForm,
} from '../src/core/b12'
import { mulberry32 } from '../src/core/planning/prng'
import { report, time } from './harness'

const SLOTS = ['breakfast', 'lunch', 'dinner', 'snack']
const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
const FORMS: IntakeForm[] = ['food', 'food', 'crystalline', 'not_counted']

const PEOPLE: Omit<B12AssessmentInput, 'intakePattern'>[] = [
  {
    ageYears: 42,
    sex: 'M',
    pregnant: false,
    lactating: false,
    diet: 'omnivore',
    medications: [{ class: 'metformin' }],
    conditions: ['type_2_diabetes'],
    symptoms: [],
    folicAcidUgPerDay: 0,
  },
  {
    ageYears: 38,
    sex: 'F',
    pregnant: false,
    lactating: true,
    diet: 'vegan',
    medications: [],
    conditions: [],
    symptoms: [],
    folicAcidUgPerDay: 400,
  },
  {
    ageYears: 0.4,
    sex: 'X',
    pregnant: false,
    lactating: false,
    diet: 'vegan',
    medications: [],
    conditions: [],
    symptoms: [],
    folicAcidUgPerDay: 0,
    breastfedByUnsupplementedVeganMother: true,
  },
  {
    ageYears: 9,
    sex: 'M',
    pregnant: false,
    lactating: false,
    diet: 'lacto_ovo_vegetarian',
    medications: [],
    conditions: ['coeliac_disease'],
    symptoms: [],
    folicAcidUgPerDay: 0,
  },
  {
    ageYears: 71,
    sex: 'F',
    pregnant: false,
    lactating: false,
    diet: 'pescatarian',
    medications: [{ class: 'ppi', years: 4 }],
    conditions: ['atrophic_gastritis'],
    symptoms: ['fatigue'],
    folicAcidUgPerDay: 1200,
  },
  {
    ageYears: 16,
    sex: 'F',
    pregnant: false,
    lactating: false,
    diet: 'omnivore',
    medications: [{ class: 'topiramate' }],
    conditions: [],
    symptoms: [],
    folicAcidUgPerDay: 0,
  },
]

function plannedWeek(random: () => number): EatingEvent[] {
  const events: EatingEvent[] = []
  for (const day of DAYS) {
    for (const slot of SLOTS) {
      const count = 1 + Math.floor(random() * 4)
      const items = Array.from({ length: count }, (_, i) => ({
        name: `food ${i}`,
        ug: random() < 0.3 ? 0 : random() * 3,
        form: FORMS[Math.floor(random() * FORMS.length)]!,
      }))
      events.push({ slot: `${slot} (${day})`, daysPerWeek: 1, items })
    }
  }
  return events
}

const random = mulberry32(12)
const inputs: B12AssessmentInput[] = []
for (const person of PEOPLE) {
  for (let week = 0; week < 52; week++)
    inputs.push({ ...person, intakePattern: plannedWeek(random) })
}

// The package is CommonJS (see environment.md), so no top-level await: run in an async main.
async function main(): Promise<void> {
  let sink = 0
  // First pass on a cold JIT, as when the app opens the yearly overview right after start.
  // Shown for information: it is dominated by V8 warm-up and varies a lot between runs.
  const cold = await time(
    () => {
      for (const input of inputs) sink += assessB12(input).intakeUgPerDay ?? 0
    },
    1,
    0,
  )
  report('assessB12, household year, first pass (cold JIT, information only)', cold)
  const timing = await time(
    () => {
      for (const input of inputs) sink += assessB12(input).intakeUgPerDay ?? 0
    },
    50,
    10,
  )

  report(
    `assessB12, household of 6 × 52 weeks (${inputs.length} calls, 28 events each)`,
    timing,
    '< 20 ms',
  )
  console.log(
    `per call: ${((timing.p50 / inputs.length) * 1000).toFixed(1)} µs (p50); checksum ${sink.toFixed(0)}`,
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
