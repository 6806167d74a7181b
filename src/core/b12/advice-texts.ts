/**
 * Plain-language text, as data, for suggestions (with the doses of §5), warnings (§6–§7),
 * clinician actions and the disclaimers of §8. Policy (§7): no text suggests more than
 * 2000 µg a day; `largestDailyDoseUg` records the largest daily amount each text names so tests
 * can hold the texts to that limit.
 */
import { cite } from './sources'
import type { Explanation } from './reason-texts'
import type { ClinicianAction, SuggestionCode, WarningCode } from './types'

/** The UK Expert Group on Vitamins and Minerals guidance level, µg/day (§7 Policy). */
export const MAX_SUGGESTED_UG_PER_DAY = 2000

export interface SuggestionText extends Explanation {
  /** Largest µg per day the sentence suggests (a weekly dose counts once); null if no dose. */
  largestDailyDoseUg: number | null
}

export const SUGGESTION_TEXTS: Readonly<Record<SuggestionCode, SuggestionText>> = {
  URGENT_SAME_DAY: {
    label: 'Contact a doctor today',
    text: 'Please contact a doctor or urgent care today about these symptoms. Do not wait to see if food or supplements help.',
    sources: [cite('NHSL', 'Urgency of referral'), cite('FDA-CN', 'Warnings')],
    largestDailyDoseUg: null,
  },
  CLINICIAN_MANAGED_REPLACEMENT: {
    label: 'B12 treatment from a clinician',
    text: 'Food cannot fix this. You need lifelong B12 treatment managed by a clinician, usually injections or tablets; the clinician chooses the form, the dose and how often.',
    sources: [cite('IOM', 'Summary'), cite('NICE', 'Management'), cite('SMPC-OH', 'Posology')],
    // §6a.6: with IF loss the app shows the clinician step, never a dose.
    largestDailyDoseUg: null,
  },
  SEE_PEDIATRIC_CLINICIAN: {
    label: 'See your baby’s doctor',
    text: 'Please see your baby’s doctor or health visitor soon about B12, for your baby and for you. The app does not suggest doses for babies.',
    sources: [cite('ODS', 'Infants'), cite('CDC', 'Vitamin B12, breastfeeding')],
    largestDailyDoseUg: null,
  },
  SEE_CLINICIAN_FIRST: {
    label: 'See a doctor first',
    text: 'Please see a doctor before changing what you take. The doctor will choose which tests come first; the app does not suggest a dose for you.',
    sources: [cite('NICE', 'Testing; nitrous oxide'), cite('FDA-CN', 'Warnings')],
    largestDailyDoseUg: null,
  },
  SEE_CLINICIAN_NO_SELF_SUPPLEMENT: {
    label: 'Ask a doctor before any B12',
    text: 'Because of your allergy, please ask a doctor before taking any B12 tablet or injection.',
    sources: [cite('FDA-CN', 'Contraindications')],
    largestDailyDoseUg: null,
  },
  SEE_CLINICIAN_AVOID_CYANOCOBALAMIN: {
    label: 'Ask a doctor which B12 to take',
    text: 'Please ask your doctor which form of B12 is right for you. Do not start a B12 tablet on your own.',
    sources: [cite('FDA-CN', 'Warnings'), cite('SMPC-OH', 'Therapeutic indications')],
    largestDailyDoseUg: null,
  },
  PEDIATRIC_ADVICE: {
    label: 'Ask a doctor about B12 for your child',
    text: 'Please ask a doctor or nurse about B12 for your child before giving any supplement. The app does not suggest doses for under-16s.',
    // Only ever under 16, where NICE NG239 does not apply (§6a.7).
    sources: [cite('ODS', 'Groups at risk of deficiency'), cite('FDA-CN', 'Warnings')],
    largestDailyDoseUg: null,
  },
  HIGH_DOSE_ORAL: {
    label: 'A higher-dose B12 tablet',
    text: 'Take a B12 tablet of 500 to 1000 µg once a day (cyanocobalamin), and ask your doctor about a B12 blood test.',
    sources: [
      cite('EUS', 'Results'),
      cite('ODS', 'Older adults'),
      cite('NICE', 'Oral treatment when malabsorption is the cause'),
    ],
    largestDailyDoseUg: 1000,
  },
  PLANT_BASED_PREGNANCY: {
    label: 'Start a B12 supplement now',
    text: 'Start a B12 supplement now: a tablet of at least 10 µg once a day, or 2000 µg once a week, and keep eating B12-fortified foods. Tell your midwife or doctor, and your baby’s doctor if you are breastfeeding.',
    sources: [
      cite('VS', 'What every vegan should know'),
      cite('ODS', 'Pregnancy and lactation'),
      cite('CDC', 'Vitamin B12, breastfeeding'),
      cite('NICE', 'Pregnancy'),
    ],
    largestDailyDoseUg: 2000,
  },
  PLANT_BASED_OPTIONS: {
    label: 'Three ways to get enough B12',
    text: 'Choose one: B12-fortified foods at least twice a day, adding up to at least 3 µg a day; or a B12 tablet of at least 10 µg once a day; or a 2000 µg B12 tablet once a week. Tablets labelled cyanocobalamin keep best.',
    sources: [cite('VS', 'What every vegan should know')],
    largestDailyDoseUg: 2000,
  },
  CRYSTALLINE_SOURCE: {
    label: 'B12 from fortified foods or a tablet',
    text: 'Get most of your B12 from fortified foods at 2 or more meals a day, or from a B12 tablet of 10 to 100 µg once a day; this form is easier to take up. If a medicine or a stomach or bowel condition is listed, also ask your doctor about a B12 test.',
    sources: [
      cite('IOM', 'Summary'),
      cite('ADA', 'Section 9'),
      cite('MHRA', 'Drug Safety Update, June 2022'),
      cite('NICE', 'Risk factors'),
    ],
    largestDailyDoseUg: 100,
  },
  DIET_OR_SUPPLEMENT: {
    label: 'B12 at two meals a day',
    text: 'Have B12 foods or B12-fortified foods at 2 or more meals a day, or take a B12 tablet of 10 to 100 µg once a day.',
    sources: [cite('IOM', 'Absorption'), cite('VS', 'What every vegan should know')],
    largestDailyDoseUg: 100,
  },
  NONE: {
    label: 'No change needed',
    text: 'No change is needed based on what you entered.',
    sources: [cite('IOM', 'Summary')],
    largestDailyDoseUg: null,
  },
}

/**
 * Texts that replace a code's usual one for some people (explain.ts picks them): a baby's
 * PEDIATRIC_ADVICE (§6a.3) and NONE when intake is unknown (§6a.8). Neither names a dose.
 */
export const SUGGESTION_VARIANTS = {
  PEDIATRIC_ADVICE_INFANT: {
    label: 'Ask your baby’s health visitor or doctor about B12',
    text: 'Please talk to your baby’s health visitor or doctor about how your baby gets B12: fortified infant formula or a supplement they advise. The app does not plan meals or suggest doses for babies under 1.',
    sources: [
      cite('ODS', 'Infants; Groups at risk'),
      cite('CDC', 'Vitamin B12, breastfeeding'),
      cite('VS', 'Vitamin B12'),
    ],
    largestDailyDoseUg: null,
  },
  CRYSTALLINE_SOURCE_AGE_ONLY: {
    label: 'B12 from fortified foods or a tablet',
    text: 'After 50, B12 in meat, fish, eggs and dairy is often taken up less well. Get most of your B12 from fortified foods at 2 or more meals a day, or from a B12 tablet of 10 to 100 µg once a day; this form is easier to take up.',
    sources: [cite('IOM', 'Summary'), cite('ODS', 'Older adults')],
    largestDailyDoseUg: 100,
  },
  NONE_INTAKE_UNKNOWN: {
    label: 'Nothing to change from what you told us',
    text: 'Nothing to change from what you told us. Describe a usual week so the app can check your B12 intake.',
    sources: [cite('IOM', 'Summary'), cite('VS', 'Vitamin B12')],
    largestDailyDoseUg: null,
  },
} as const satisfies Record<string, SuggestionText>

export const WARNING_TEXTS: Readonly<Record<WarningCode, Explanation>> = {
  FOLIC_ACID_ABOVE_UL: {
    label: 'Folic acid: keep a prescribed dose, ask about B12',
    text: 'If your folic acid was prescribed (for example 5 mg before or in early pregnancy), keep taking it and ask your prescriber whether your B12 should be checked. If you chose the dose yourself, ask a pharmacist about it.',
    sources: [
      cite('IOM', 'Folate, Tolerable Upper Intake Level'),
      cite('ODS', 'Interactions with medications; folic acid'),
      cite('FDA-CN', 'Warnings'),
    ],
  },
  AVOID_CYANOCOBALAMIN: {
    label: 'Avoid cyanocobalamin',
    text: 'With Leber’s disease (LHON), avoid B12 labelled cyanocobalamin: it has been linked to fast sight loss.',
    sources: [cite('FDA-CN', 'Warnings'), cite('SMPC-OH', 'Therapeutic indications')],
  },
  NO_SUPPLEMENT_WITHOUT_CLINICIAN: {
    label: 'No B12 supplement without a doctor',
    text: 'Because of your allergy to cobalt or B12, do not take B12 tablets or injections unless a doctor says so.',
    sources: [cite('FDA-CN', 'Contraindications')],
  },
  DO_NOT_STOP_PRESCRIBED_MEDICINE: {
    label: 'Keep taking your medicines',
    text: 'Do not stop or change a prescribed medicine (for example metformin or acid-reducing tablets) because of this app.',
    sources: [
      cite('ODS', 'Interactions with medications'),
      cite('ADA', 'Section 9'),
      cite('MHRA', 'Drug Safety Update, June 2022'),
    ],
  },
  UNRELIABLE_SOURCES_NOT_COUNTED: {
    label: 'Some foods do not count',
    text: 'Some foods you logged, such as spirulina, nori, tempeh, mushrooms or unfortified nutritional yeast, have little B12 the body can use, so they count as 0 µg here.',
    sources: [cite('WAT', 'Pseudo-B12 in algae and plant foods'), cite('VS', 'Vitamin B12')],
  },
}

export const CLINICIAN_ACTION_TEXTS: Readonly<Record<ClinicianAction, Explanation>> = {
  none: {
    label: 'No visit needed for B12',
    text: 'Nothing here needs a visit to a clinician about B12.',
    sources: [cite('NICE', 'When to test')],
  },
  discuss_testing: {
    label: 'Ask about a B12 test',
    text: 'Ask your doctor or pharmacist at your next routine visit whether a B12 blood test is right for you.',
    sources: [cite('NICE', 'When to test'), cite('ADA', 'Section 9')],
  },
  see_clinician: {
    label: 'See a clinician',
    text: 'Make an appointment with a doctor about B12 soon. Do not wait for your meal plan to fix it.',
    sources: [cite('NICE', 'Referral'), cite('FDA-CN', 'Warnings')],
  },
  urgent_same_day: {
    label: 'Contact a doctor today',
    text: 'Contact a doctor or urgent care today.',
    sources: [cite('NHSL', 'Urgency of referral')],
  },
}

/**
 * Clinician-step texts for children and babies: the adult "see_clinician" wording and its NICE
 * source do not fit them (NICE NG239 covers people 16 and over, §6a.7).
 */
export const CHILD_CLINICIAN_TEXTS = {
  see_clinician_child: {
    label: 'Talk to your child’s doctor or nurse',
    text: 'Please talk to your child’s doctor or nurse about how your child gets B12, before giving any supplement.',
    sources: [cite('ODS', 'Groups at risk of deficiency'), cite('FDA-CN', 'Warnings')],
  },
  see_clinician_infant: {
    label: 'Talk to your baby’s health visitor or doctor',
    text: 'Please talk to your baby’s health visitor or doctor about how your baby gets B12.',
    sources: [cite('ODS', 'Infants; Groups at risk'), cite('CDC', 'Vitamin B12, breastfeeding')],
  },
} as const satisfies Record<string, Explanation>

/** The disclaimers of §8, word for word. */
export const DISCLAIMERS = {
  estimatesOnly:
    'This planner estimates vitamin B12 from the foods and supplements you log. It cannot diagnose deficiency or replace advice from your doctor, pharmacist or dietitian.',
  symptoms:
    'If you have numbness, tingling, balance or memory problems, vision changes, a sore tongue or unusual tiredness, contact a clinician – do not rely on supplements alone.',
  medicines:
    'Do not stop or change a prescribed medicine (for example metformin or acid-reducing tablets) because of this app.',
  malabsorption:
    'People with pernicious anaemia or stomach/bowel surgery need B12 treatment managed by a clinician; food cannot replace it.',
  variation:
    'Amounts absorbed are estimates from published averages; individual absorption varies.',
} as const
export type DisclaimerKey = keyof typeof DISCLAIMERS
