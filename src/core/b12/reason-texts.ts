/**
 * Plain-language text for every risk reason code, with the sources it rests on, so the UI can
 * answer "Why?" for each line. Short, calm, no jargon; doses never appear here.
 */
import { cite, type Citation } from './sources'
import type { RiskReasonCode } from './types'

export interface Explanation {
  /** A short line for lists. */
  label: string
  /** One or two plain sentences for "Why?". */
  text: string
  sources: readonly Citation[]
}

export const REASON_TEXTS: Readonly<Record<RiskReasonCode, Explanation>> = {
  DIET_VEGAN_COVERED: {
    label: 'Vegan diet, B12 covered',
    text: 'Plant foods have no natural B12. The fortified foods or supplements you logged cover your estimated need, so keep them up.',
    sources: [cite('VS', 'Vitamin B12'), cite('ODS', 'Groups at risk of deficiency')],
  },
  DIET_VEGETARIAN_COVERED: {
    label: 'Vegetarian diet, B12 covered',
    text: 'Vegetarians can run low on B12. What you logged covers your estimated need, so keep it up.',
    sources: [cite('ODS', 'Groups at risk of deficiency'), cite('VS', 'Vitamin B12')],
  },
  INTAKE_BELOW_TARGET: {
    label: 'B12 a little below your need',
    text: 'The B12 you logged gives between half and all of what your body is estimated to absorb each day.',
    sources: [cite('IOM', 'Summary; Absorption'), cite('ODS', 'Recommended intakes, Table 1')],
  },
  INTAKE_VERY_LOW: {
    label: 'B12 well below your need',
    text: 'The B12 you logged gives less than half of what your body is estimated to absorb each day.',
    sources: [cite('IOM', 'Summary; Absorption'), cite('ODS', 'Recommended intakes, Table 1')],
  },
  AGE_51_PLUS: {
    label: 'Age over 50',
    text: 'After 50, many people take up less B12 from food. B12 from fortified foods or tablets is taken up more easily.',
    sources: [cite('IOM', 'Summary'), cite('NICE', 'Context'), cite('ODS', 'Older adults')],
  },
  PREG_LACT_PLANT_BASED: {
    label: 'Pregnant or breastfeeding, plant-based diet',
    text: 'Your baby gets B12 from you, before birth and in breast milk. Without animal foods, a reliable B12 source matters even more now.',
    sources: [
      cite('ODS', 'Pregnancy and lactation; Groups at risk'),
      cite('CDC', 'Vitamin B12, breastfeeding'),
      cite('NICE', 'Pregnancy and breastfeeding'),
    ],
  },
  MED_METFORMIN: {
    label: 'Metformin',
    text: 'Metformin, a common diabetes medicine, can lower B12 levels over the years. Regular B12 checks are advised.',
    sources: [
      cite('DEJ', 'Results'),
      cite('MHRA', 'Drug Safety Update, June 2022'),
      cite('ADA', 'Section 9, metformin and vitamin B12'),
      cite('NICE', 'Risk factors'),
    ],
  },
  MED_ACID_SUPPRESSANT: {
    label: 'Long-term stomach acid medicine',
    text: 'Taking a stomach-acid medicine for a year or more can make it harder to free B12 from food; B12 in fortified foods and tablets does not need stomach acid. If how long is not known, the app counts it as long-term, as most regular use is.',
    sources: [
      cite('LAM', 'Results'),
      cite('ODS', 'Interactions with medications'),
      cite('NICE', 'Risk factors'),
    ],
  },
  MED_COLCHICINE: {
    label: 'Colchicine',
    text: 'Colchicine, a gout medicine, can reduce how much B12 the gut takes up.',
    sources: [cite('NICE', 'Risk factors'), cite('FDA-CN', 'Precautions')],
  },
  MED_NICE_OTHER: {
    label: 'Medicine linked with lower B12',
    text: 'Some medicines for epilepsy, nerve pain or migraine are listed as a possible cause of lower B12. The link is weaker than for metformin.',
    sources: [cite('NICE', 'Risk factors, medicines')],
  },
  MED_CHLORAMPHENICOL: {
    label: 'Chloramphenicol',
    text: 'This antibiotic may weaken the body’s response to B12.',
    sources: [cite('ODS', 'Interactions with medications (earlier revisions)')],
  },
  NITROUS_OXIDE: {
    label: 'Nitrous oxide (laughing gas)',
    text: 'Nitrous oxide ("nos", "whippets") switches off B12 in the body, even when you eat enough of it. Nerve damage can follow. Tell your doctor: after nitrous oxide the first blood tests are homocysteine or methylmalonic acid, not a B12 level.',
    sources: [cite('NICE', 'Nitrous oxide; tests')],
  },
  FOLIC_ACID_ABOVE_UL: {
    label: 'Folic acid above the everyday upper amount',
    text: 'This is more folic acid than the everyday upper amount for your age. Doses such as 5 mg are often prescribed before and in early pregnancy: never stop a prescribed dose. A lot of folic acid can hide a B12 shortage, so ask your prescriber about B12.',
    sources: [
      cite('IOM', 'Folate, Tolerable Upper Intake Level'),
      cite('ODS', 'Interactions with medications; folic acid'),
      cite('FDA-CN', 'Warnings'),
    ],
  },
  COND_AUTOIMMUNE_GASTRITIS: {
    label: 'Pernicious anaemia or autoimmune gastritis',
    text: 'With this condition the stomach cannot make the helper protein needed to take up B12, so food cannot meet your needs. It needs lifelong treatment from a clinician.',
    sources: [cite('IOM', 'Table 9-2; Summary'), cite('NICE', 'Autoimmune gastritis')],
  },
  COND_GI_SURGERY: {
    label: 'Stomach or bowel surgery',
    text: 'After stomach surgery, weight-loss surgery or removal of the last part of the small bowel, the body cannot take up enough B12 from food. A clinician needs to manage it.',
    sources: [cite('NICE', 'Risk factors'), cite('ODS', 'Gastrointestinal surgery')],
  },
  COND_ATROPHIC_GASTRITIS: {
    label: 'Atrophic gastritis',
    text: 'A thinned stomach lining makes less acid, so less B12 is freed from food.',
    sources: [cite('NICE', 'Risk factors'), cite('ODS', 'Gastrointestinal disorders')],
  },
  COND_GI_DISEASE: {
    label: 'Coeliac or Crohn’s disease',
    text: 'These bowel conditions can reduce how much B12 the gut takes up.',
    sources: [cite('NICE', 'Risk factors'), cite('ODS', 'Gastrointestinal disorders')],
  },
  COND_OTHER_AUTOIMMUNE: {
    label: 'Other autoimmune condition',
    text: 'People with autoimmune thyroid disease, type 1 diabetes, Sjögren’s or vitiligo are a little more likely to develop pernicious anaemia.',
    sources: [cite('NICE', 'Risk factors')],
  },
  COND_LHON: {
    label: 'Leber’s disease (LHON)',
    text: 'With Leber’s disease, one common form of B12 (cyanocobalamin) has been linked to fast sight loss. A clinician should choose the form.',
    sources: [cite('FDA-CN', 'Warnings'), cite('SMPC-OH', 'Therapeutic indications')],
  },
  COND_HYPERSENSITIVITY: {
    label: 'Allergy to cobalt or B12',
    text: 'An allergy to cobalt or B12 means B12 injections and supplements need a clinician’s advice first.',
    sources: [cite('FDA-CN', 'Contraindications')],
  },
  SYMPTOMS_URGENT: {
    label: 'Symptoms that need a doctor today',
    text: 'Changes in sight, trouble walking or keeping balance, or weak legs can come from nerve damage that needs to be checked the same day.',
    sources: [cite('NHSL', 'Urgency of referral'), cite('NICE', 'Symptoms and signs')],
  },
  SYMPTOMS: {
    label: 'Symptoms to check with a doctor',
    text: 'The symptoms you ticked can have many causes, including low B12. A doctor can check with a blood test.',
    sources: [cite('NICE', 'Symptoms and signs; when to test')],
  },
  INFANT_OF_VEGAN_MOTHER: {
    label: 'Breastfed baby of a mother without B12',
    text: 'A baby breastfed by a mother who eats no animal foods and takes no B12 can run low within months, which can harm the baby’s development.',
    sources: [cite('ODS', 'Infants; Groups at risk'), cite('CDC', 'Vitamin B12, breastfeeding')],
  },
  INTAKE_UNKNOWN_PLANT_BASED: {
    label: 'Plant-based diet, B12 sources not known yet',
    text: 'Plant foods have no natural B12, so fortified foods or a B12 supplement are the reliable sources. The app does not know yet whether there is one: describe a usual week so it can check.',
    sources: [cite('VS', 'Vitamin B12'), cite('ODS', 'Groups at risk of deficiency')],
  },
  INFANT_PLANT_BASED: {
    label: 'Baby on a plant-based diet',
    text: 'Babies need a reliable source of B12, and plant foods have none. The baby’s health visitor or doctor can advise how your baby gets it: fortified infant formula or a supplement they recommend.',
    sources: [
      cite('ODS', 'Infants; Groups at risk'),
      cite('CDC', 'Vitamin B12, breastfeeding'),
      cite('VS', 'Vitamin B12'),
    ],
  },
}
