/**
 * Medicine names people type, mapped to the contract's medication classes (rule base v1, §4
 * table). Generic names, other names for the same medicine, and common US and UK brands,
 * including combination products that contain a rule-bearing medicine (which count as that
 * medicine). Brand lists come from the §4 table plus widely marketed products; being data,
 * they can grow without touching the rules.
 */
import type { MedicationClass } from './codes'
import { cite, type Citation } from './sources'

export interface MedicineEntry {
  class: MedicationClass
  /** Generic name (for combinations, all active ingredients). */
  generic: string
  /** Other names for the generic (spellings, salts, street names). */
  aliases?: readonly string[]
  brands: readonly string[]
}

const metforminCombination = (partner: string, brands: readonly string[]): MedicineEntry => ({
  class: 'metformin',
  generic: `${partner} and metformin`,
  brands,
})

export const MEDICINES: readonly MedicineEntry[] = [
  {
    class: 'metformin',
    generic: 'metformin',
    aliases: ['metformin hydrochloride', 'metformin extended release'],
    brands: [
      'Glucophage',
      'Glucophage XR',
      'Glucophage SR',
      'Glumetza',
      'Fortamet',
      'Riomet',
      'Riomet ER',
      'Sukkarto SR',
      'Yaltormin SR',
      'Bolamyn SR',
    ],
  },
  metforminCombination('sitagliptin', ['Janumet', 'Janumet XR']),
  metforminCombination('empagliflozin', ['Synjardy', 'Synjardy XR']),
  metforminCombination('dapagliflozin', ['Xigduo', 'Xigduo XR']),
  metforminCombination('linagliptin', ['Jentadueto', 'Jentadueto XR']),
  metforminCombination('canagliflozin', ['Invokamet', 'Invokamet XR', 'Vokanamet']),
  metforminCombination('saxagliptin', ['Kombiglyze XR', 'Komboglyze']),
  metforminCombination('alogliptin', ['Kazano', 'Vipdomet']),
  metforminCombination('ertugliflozin', ['Segluromet']),
  metforminCombination('pioglitazone', ['Actoplus Met', 'Competact']),
  metforminCombination('glyburide', ['Glucovance']),
  metforminCombination('glipizide', ['Metaglip']),
  metforminCombination('vildagliptin', ['Eucreas']),
  metforminCombination('repaglinide', ['Prandimet']),
  metforminCombination('empagliflozin, linagliptin', ['Trijardy XR']),
  metforminCombination('dapagliflozin, saxagliptin', ['Qternmet XR']),
  {
    class: 'ppi',
    generic: 'omeprazole',
    brands: ['Prilosec', 'Prilosec OTC', 'Losec', 'Losec MUPS', 'Mepradec'],
  },
  {
    class: 'ppi',
    generic: 'omeprazole and sodium bicarbonate',
    brands: ['Zegerid', 'Zegerid OTC'],
  },
  { class: 'ppi', generic: 'esomeprazole', brands: ['Nexium', 'Nexium 24HR', 'Nexium Control'] },
  { class: 'ppi', generic: 'naproxen and esomeprazole', brands: ['Vimovo'] },
  {
    class: 'ppi',
    generic: 'lansoprazole',
    brands: ['Prevacid', 'Prevacid 24HR', 'Prevacid SoluTab', 'Zoton', 'Zoton FasTab'],
  },
  { class: 'ppi', generic: 'pantoprazole', brands: ['Protonix', 'Protium', 'Pantoloc'] },
  { class: 'ppi', generic: 'rabeprazole', brands: ['Aciphex', 'Aciphex Sprinkle', 'Pariet'] },
  { class: 'ppi', generic: 'dexlansoprazole', brands: ['Dexilant', 'Kapidex'] },
  {
    class: 'h2ra',
    generic: 'famotidine',
    brands: ['Pepcid', 'Pepcid AC', 'Pepcid Complete', 'Zantac 360'],
  },
  { class: 'h2ra', generic: 'ibuprofen and famotidine', brands: ['Duexis'] },
  { class: 'h2ra', generic: 'cimetidine', brands: ['Tagamet', 'Tagamet HB', 'Dyspamet'] },
  { class: 'h2ra', generic: 'nizatidine', brands: ['Axid', 'Axid AR'] },
  // Withdrawn in the US in 2020, but people on long-term use may still name it.
  { class: 'h2ra', generic: 'ranitidine', brands: ['Zantac', 'Zantac 75', 'Zantac 150'] },
  {
    class: 'colchicine',
    generic: 'colchicine',
    brands: ['Colcrys', 'Mitigare', 'Gloperba', 'Lodoco'],
  },
  { class: 'colchicine', generic: 'probenecid and colchicine', brands: ['Col-Probenecid'] },
  {
    class: 'phenobarbital',
    generic: 'phenobarbital',
    aliases: ['phenobarbitone', 'phenobarb'],
    brands: ['Luminal'],
  },
  {
    class: 'phenobarbital',
    generic: 'phenobarbital and belladonna alkaloids',
    brands: ['Donnatal'],
  },
  { class: 'primidone', generic: 'primidone', brands: ['Mysoline'] },
  {
    class: 'pregabalin',
    generic: 'pregabalin',
    brands: ['Lyrica', 'Lyrica CR', 'Alzain', 'Axalid', 'Lecaent'],
  },
  {
    class: 'topiramate',
    generic: 'topiramate',
    brands: ['Topamax', 'Trokendi XR', 'Qudexy XR', 'Eprontia'],
  },
  { class: 'topiramate', generic: 'phentermine and topiramate', brands: ['Qsymia'] },
  { class: 'chloramphenicol', generic: 'chloramphenicol', brands: ['Chloromycetin'] },
  {
    class: 'nitrous_oxide_recreational',
    generic: 'nitrous oxide',
    aliases: [
      'nitrous',
      'laughing gas',
      'nos',
      'N2O',
      'whippets',
      'whippits',
      'nangs',
      'hippy crack',
      'galaxy gas',
      'cream chargers',
    ],
    brands: [],
  },
]

/**
 * Medicines with no B12 rule whose names are spelled like one that has one (or like one of its
 * brands). Typo matching never offers one of ours for a name that is at least as close to one
 * of these: "tizanidine" is a muscle relaxant, not a misspelt nizatidine; "Protopic" is an
 * ointment, not a misspelt Protonix. Exact names here are recognised as "not in the app's list",
 * never as a typo. Being data, the list can grow as look-alikes are found.
 */
export const LOOK_ALIKES: readonly string[] = [
  // beside metformin and its combinations
  'metoprolol',
  'metronidazole',
  'metoclopramide',
  'methotrexate',
  'metolazone',
  'methyldopa',
  'methimazole',
  'methadone',
  'Januvia',
  'Invokana',
  'Jardiance',
  'Farxiga',
  'Forxiga',
  'Onglyza',
  'Tradjenta',
  'Trajenta',
  'Steglatro',
  'Steglujan',
  'Glyxambi',
  'Qtern',
  'Glucotrol',
  'Galvus',
  'Actos',
  'Prandin',
  'sitagliptin',
  'empagliflozin',
  'dapagliflozin',
  'canagliflozin',
  'linagliptin',
  'saxagliptin',
  'alogliptin',
  'pioglitazone',
  'vildagliptin',
  'repaglinide',
  'glipizide',
  'glyburide',
  'gliclazide',
  'glimepiride',
  // beside the acid reducers
  'aripiprazole',
  'tizanidine',
  'ranolazine',
  'Protopic',
  'Prozac',
  'Lasix',
  'Nexavar',
  'famciclovir',
  'Famvir',
  'Pepto-Bismol',
  'Tegretol',
  'Xanax',
  'Zocor',
  // beside colchicine, the anticonvulsants and chloramphenicol
  'clonidine',
  'colestyramine',
  'cholestyramine',
  'colestipol',
  'Colace',
  'gabapentin',
  'Neurontin',
  'pentobarbital',
  'prednisone',
  'prednisolone',
  'primaquine',
  'Toprol',
  'Lumigan',
  'chlorpromazine',
  'chlorambucil',
  'chloroquine',
  // beside nitrous oxide
  'nitroglycerin',
  'nitrofurantoin',
  'nitrazepam',
  // other common look-alike pairs in the §4 neighbourhood
  'mesalazine',
  'mesalamine',
  'pravastatin',
]

export interface MedicationClassNote {
  /** One plain sentence shown beside the medicine on the person form. */
  text: string
  sources: readonly Citation[]
}

/**
 * What the person form says beside a recognised medicine, with what it rests on (reference §4
 * table). Sources that cover every age are preferred, since the form is also used for children
 * (§6a.7: NICE NG239 is for over 16s). NICE stands alone only where the reference gives no
 * other source; for the medicines listed on NICE's word alone the sentence says "in adults".
 */
export const MEDICATION_CLASS_NOTES: Readonly<Record<MedicationClass, MedicationClassNote>> = {
  metformin: {
    text: 'Metformin can lower B12 over the years.',
    sources: [cite('DEJ', 'Results'), cite('MHRA', 'Drug Safety Update, June 2022')],
  },
  ppi: {
    text: 'Acid reducers can make B12 from food harder to absorb when taken for a year or more.',
    sources: [cite('LAM', 'Results'), cite('ODS', 'Interactions with medications')],
  },
  h2ra: {
    text: 'Acid reducers can make B12 from food harder to absorb when taken for a year or more.',
    sources: [cite('LAM', 'Results'), cite('ODS', 'Interactions with medications')],
  },
  colchicine: {
    text: 'Colchicine can reduce how much B12 the gut takes up.',
    sources: [cite('FDA-CN', 'Precautions')],
  },
  phenobarbital: {
    text: 'Listed as a possible cause of lower B12 in adults; the link is weaker than for metformin.',
    sources: [cite('NICE', 'Risk factors, medicines')],
  },
  primidone: {
    text: 'Listed as a possible cause of lower B12 in adults; the link is weaker than for metformin.',
    sources: [cite('NICE', 'Risk factors, medicines')],
  },
  pregabalin: {
    text: 'Listed as a possible cause of lower B12 in adults; the link is weaker than for metformin.',
    sources: [cite('NICE', 'Risk factors, medicines')],
  },
  topiramate: {
    text: 'Listed as a possible cause of lower B12 in adults; the link is weaker than for metformin.',
    sources: [cite('NICE', 'Risk factors, medicines')],
  },
  chloramphenicol: {
    text: 'This antibiotic may weaken the body’s response to B12.',
    sources: [cite('ODS', 'Interactions with medications (earlier revisions)')],
  },
  nitrous_oxide_recreational: {
    text: 'Nitrous oxide switches off B12 in the body, even when enough is eaten.',
    sources: [cite('NICE', 'Nitrous oxide; tests')],
  },
}

/**
 * What the app says about a medicine name it does not know (reference §6a.7). It never says
 * "not known to affect B12": the app's list is short, and only a pharmacist can say.
 */
export const UNLISTED_MEDICINE_TEXT =
  'Not in the app’s list — ask your pharmacist whether it affects B12'
