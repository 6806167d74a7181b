/**
 * The sources of rule base v1 (b12-reference.md §0), as data, so every line the app shows can
 * say what it rests on. URLs are only those given in §0; sources listed there without a link
 * carry `url: null` rather than a guessed address.
 */

export const SOURCE_TAGS = [
  'IOM',
  'ODS',
  'NICE',
  'VS',
  'WAT',
  'EUS',
  'ADA',
  'MHRA',
  'DEJ',
  'LAM',
  'FDA-CN',
  'SMPC-OH',
  'CDC',
  'DOETS',
  'NHSL',
] as const
export type SourceTag = (typeof SOURCE_TAGS)[number]

export interface Source {
  tag: SourceTag
  organisation: string
  title: string
  url: string | null
}

/** A source as cited for one statement: the source plus the section the statement rests on. */
export interface Citation extends Source {
  section: string
}

export const SOURCES: Readonly<Record<SourceTag, Source>> = {
  IOM: {
    tag: 'IOM',
    organisation: 'Institute of Medicine / Food and Nutrition Board',
    title: 'Dietary Reference Intakes for Thiamin, … Vitamin B12 … (1998), chapter 9 "Vitamin B12"',
    url: 'https://www.ncbi.nlm.nih.gov/books/NBK114302/',
  },
  ODS: {
    tag: 'ODS',
    organisation: 'NIH Office of Dietary Supplements',
    title: 'Vitamin B12 – Fact Sheet for Health Professionals',
    url: 'https://ods.od.nih.gov/factsheets/VitaminB12-HealthProfessional/',
  },
  NICE: {
    tag: 'NICE',
    organisation: 'National Institute for Health and Care Excellence (NICE)',
    title: 'NG239 Vitamin B12 deficiency in over 16s: diagnosis and management (March 2024)',
    url: 'https://www.nice.org.uk/guidance/ng239',
  },
  VS: {
    tag: 'VS',
    organisation: 'The Vegan Society',
    title: 'Vitamin B12; What every vegan should know about vitamin B12',
    url: 'https://www.vegansociety.com/resources/nutrition-and-health/nutrients/vitamin-b12',
  },
  WAT: {
    tag: 'WAT',
    organisation: 'Watanabe F.',
    title: 'Vitamin B12 sources and bioavailability. Exp Biol Med 2007;232:1266–74',
    url: null,
  },
  EUS: {
    tag: 'EUS',
    organisation: 'Eussen SJ et al.',
    title:
      'Oral cyanocobalamin supplementation in older people with vitamin B12 deficiency: a dose-finding trial. Arch Intern Med 2005;165:1167–72',
    url: null,
  },
  ADA: {
    tag: 'ADA',
    organisation: 'American Diabetes Association',
    title: 'Standards of Care in Diabetes, section 9 (pharmacologic therapy)',
    url: null,
  },
  MHRA: {
    tag: 'MHRA',
    organisation: 'UK Medicines and Healthcare products Regulatory Agency (MHRA)',
    title:
      'Drug Safety Update, June 2022: Metformin and reduced vitamin B12 levels: new advice for monitoring patients at risk',
    url: null,
  },
  DEJ: {
    tag: 'DEJ',
    organisation: 'de Jager J et al.',
    title:
      'Long term treatment with metformin and vitamin B12 deficiency (randomised trial). BMJ 2010;340:c2181',
    url: null,
  },
  LAM: {
    tag: 'LAM',
    organisation: 'Lam JR et al.',
    title:
      'Proton pump inhibitor and H2 receptor antagonist use and vitamin B12 deficiency. JAMA 2013;310:2435–42',
    url: null,
  },
  'FDA-CN': {
    tag: 'FDA-CN',
    organisation: 'US prescribing information (DailyMed / openFDA label)',
    title: 'Cyanocobalamin Injection USP',
    url: null,
  },
  'SMPC-OH': {
    tag: 'SMPC-OH',
    organisation: 'electronic Medicines Compendium (UK)',
    title: 'Summary of Product Characteristics: hydroxocobalamin 1 mg/ml injection',
    url: null,
  },
  CDC: {
    tag: 'CDC',
    organisation: 'US Centers for Disease Control and Prevention (CDC)',
    title: 'Vitamin B12 (breastfeeding special circumstances)',
    url: null,
  },
  DOETS: {
    tag: 'DOETS',
    organisation: 'Doets EL et al.',
    title:
      'Systematic review of daily vitamin B12 losses and bioavailability. Ann Nutr Metab 2013;62:311–22',
    url: null,
  },
  NHSL: {
    tag: 'NHSL',
    organisation: 'NHS Lothian RefHelp',
    title: 'Vitamin B12 deficiency (local referral guidance)',
    url: null,
  },
}

/** A citation of `tag` at `section` (e.g. cite('ODS', 'Groups at risk')). */
export function cite(tag: SourceTag, section: string): Citation {
  return { ...SOURCES[tag], section }
}
