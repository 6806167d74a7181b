import { describe, expect, it } from 'vitest'
import {
  CONDITIONS,
  CONDITION_CODES,
  matchCondition,
  matchMedication,
  matchSymptom,
  MEDICATION_CLASSES,
  MEDICINES,
  medicationCounts,
  OTHER_SYMPTOMS,
  requiresYearsOfUse,
  searchConditions,
  searchMedications,
  symptomLabel,
  SYMPTOMS,
  URGENT_SYMPTOMS,
} from '../../../../src/core/b12'

describe('matchMedication: what people type → medication class', () => {
  it.each([
    ['Glucophage XR', 'metformin', 'metformin', 'Glucophage XR'],
    ['glucophage xr 500mg', 'metformin', 'metformin', 'Glucophage XR'],
    ['GLUCOPHAGE', 'metformin', 'metformin', 'Glucophage'],
    ['metformin 850 mg twice daily', 'metformin', 'metformin', undefined],
    ['Janumet', 'metformin', 'sitagliptin and metformin', 'Janumet'],
    ['Janumet XR 50/1000', 'metformin', 'sitagliptin and metformin', 'Janumet XR'],
    ['Synjardy', 'metformin', 'empagliflozin and metformin', 'Synjardy'],
    ['Xigduo XR', 'metformin', 'dapagliflozin and metformin', 'Xigduo XR'],
    ['Jentadueto', 'metformin', 'linagliptin and metformin', 'Jentadueto'],
    ['Invokamet', 'metformin', 'canagliflozin and metformin', 'Invokamet'],
    ['vildagliptin/metformin', 'metformin', 'vildagliptin and metformin', undefined],
    ['Nexium', 'ppi', 'esomeprazole', 'Nexium'],
    ['Nexium 24HR 20 mg', 'ppi', 'esomeprazole', 'Nexium 24HR'],
    ['Losec', 'ppi', 'omeprazole', 'Losec'],
    ['Prilosec OTC', 'ppi', 'omeprazole', 'Prilosec OTC'],
    ['Prilosec', 'ppi', 'omeprazole', 'Prilosec'],
    ['Zoton FasTab', 'ppi', 'lansoprazole', 'Zoton FasTab'],
    ['pantoprazole 40mg', 'ppi', 'pantoprazole', undefined],
    ['Pariet', 'ppi', 'rabeprazole', 'Pariet'],
    ['Dexilant', 'ppi', 'dexlansoprazole', 'Dexilant'],
    ['Pepcid', 'h2ra', 'famotidine', 'Pepcid'],
    ['pepcid ac', 'h2ra', 'famotidine', 'Pepcid AC'],
    ['Zantac 360', 'h2ra', 'famotidine', 'Zantac 360'],
    ['Zantac', 'h2ra', 'ranitidine', 'Zantac'],
    ['Tagamet HB', 'h2ra', 'cimetidine', 'Tagamet HB'],
    ['Axid', 'h2ra', 'nizatidine', 'Axid'],
    ['Colcrys', 'colchicine', 'colchicine', 'Colcrys'],
    ['Mitigare 0.6 mg', 'colchicine', 'colchicine', 'Mitigare'],
    ['Lyrica', 'pregabalin', 'pregabalin', 'Lyrica'],
    ['Lyrica CR', 'pregabalin', 'pregabalin', 'Lyrica CR'],
    ['Mysoline', 'primidone', 'primidone', 'Mysoline'],
    ['phenobarbitone', 'phenobarbital', 'phenobarbital', undefined],
    ['Topamax', 'topiramate', 'topiramate', 'Topamax'],
    ['Qsymia', 'topiramate', 'phentermine and topiramate', 'Qsymia'],
    ['Chloromycetin', 'chloramphenicol', 'chloramphenicol', 'Chloromycetin'],
    ['whippets', 'nitrous_oxide_recreational', 'nitrous oxide', undefined],
    ['laughing gas', 'nitrous_oxide_recreational', 'nitrous oxide', undefined],
  ])('%s → %s', (text, cls, generic, brand) => {
    const m = matchMedication(text)
    expect(m).not.toBeNull()
    expect(m!.class).toBe(cls)
    expect(m!.generic).toBe(generic)
    expect(m!.brand).toBe(brand)
  })

  it.each(['', '   ', 'aspirin', 'insulin glargine', 'glucophag', '500 mg', 'vitamin D'])(
    'unknown text %j → null',
    (text) => {
      expect(matchMedication(text)).toBeNull()
    },
  )

  it('covers every rule-bearing class and every brand of the §4 table', () => {
    const classes = new Set(MEDICINES.map((m) => m.class))
    expect([...classes].sort()).toEqual([...MEDICATION_CLASSES].sort())
    const table = [
      'Glucophage',
      'Glumetza',
      'Fortamet',
      'Riomet',
      'Synjardy',
      'Protonix',
      'Aciphex',
      'Prevacid',
      'Gloperba',
      'Trokendi XR',
      'Qudexy XR',
    ]
    for (const brand of table) expect(matchMedication(brand)?.brand).toBe(brand)
  })
})

describe('searchMedications: ranked autocomplete', () => {
  it('puts names that start with the query first, shorter first', () => {
    const labels = searchMedications('nex').map((s) => s.label)
    expect(labels[0]).toBe('Nexium (esomeprazole)')
    expect(labels).toContain('Nexium 24HR (esomeprazole)')
  })

  it('ranks an exact name above longer names', () => {
    const results = searchMedications('Pepcid')
    expect(results[0]).toEqual({
      class: 'h2ra',
      generic: 'famotidine',
      brand: 'Pepcid',
      label: 'Pepcid (famotidine)',
    })
  })

  it('finds a later word of a name and respects the limit', () => {
    expect(searchMedications('xr', 3)).toHaveLength(3)
    expect(searchMedications('metformin', 50).length).toBeGreaterThan(10)
    expect(searchMedications('met', 50).map((s) => s.label)).toContain(
      'Actoplus Met (pioglitazone and metformin)',
    )
  })

  it('gives generic names without a brand', () => {
    expect(searchMedications('omepr')[0]).toEqual({
      class: 'ppi',
      generic: 'omeprazole',
      label: 'omeprazole',
    })
  })

  it.each(['', '  ', 'zzz'])('gives nothing for %j', (q) => {
    expect(searchMedications(q)).toEqual([])
  })

  it('gives nothing for a zero limit', () => {
    expect(searchMedications('nex', 0)).toEqual([])
  })
})

describe('years-of-use rule for acid suppressants', () => {
  it.each([
    [{ class: 'ppi', years: 1 }, true],
    [{ class: 'ppi', years: 0.99 }, false],
    [{ class: 'h2ra' }, true], // §6a.4: years not given counts as long-term
    [{ class: 'h2ra', years: 4 }, true],
    [{ class: 'metformin' }, true],
    [{ class: 'colchicine', years: 0 }, true],
  ])('%j counts: %s', (use, counts) => {
    expect(medicationCounts(use)).toBe(counts)
  })

  it('asks for years only for ppi and h2ra', () => {
    expect(MEDICATION_CLASSES.filter(requiresYearsOfUse)).toEqual(['ppi', 'h2ra'])
  })
})

describe('matchCondition: everyday words → condition code', () => {
  it.each([
    ['pernicious anemia', 'pernicious_anaemia'],
    ['Pernicious Anaemia', 'pernicious_anaemia'],
    ['autoimmune gastritis', 'autoimmune_gastritis'],
    ['autoimmune atrophic gastritis', 'autoimmune_gastritis'],
    ['atrophic gastritis', 'atrophic_gastritis'],
    ['partial gastrectomy', 'gastrectomy'],
    ['sleeve gastrectomy', 'bariatric_surgery'],
    ['weight-loss surgery', 'bariatric_surgery'],
    ['weight loss surgery in 2019', 'bariatric_surgery'],
    ['gastric bypass', 'bariatric_surgery'],
    ['Roux-en-Y gastric bypass', 'bariatric_surgery'],
    ['lap band', 'bariatric_surgery'],
    ['terminal ileal resection', 'ileal_resection'],
    ['celiac', 'coeliac_disease'],
    ['coeliac', 'coeliac_disease'],
    ['Celiac disease', 'coeliac_disease'],
    ["Crohn's", 'crohns_disease'],
    ['crohns disease', 'crohns_disease'],
    ['Crohn’s disease', 'crohns_disease'],
    ['type 1 diabetes', 'type_1_diabetes'],
    ['Diabetes, type 1', 'type_1_diabetes'],
    ["Hashimoto's", 'autoimmune_thyroid_disease'],
    ["Graves' disease", 'autoimmune_thyroid_disease'],
    ['Sjögren’s syndrome', 'sjogren_syndrome'],
    ['sjogrens', 'sjogren_syndrome'],
    ['Sjoegren syndrome', 'sjogren_syndrome'],
    ['Addisons anaemia', 'pernicious_anaemia'],
    ['vitiligo', 'vitiligo'],
    ['LHON', 'lhon'],
    ["Leber's hereditary optic neuropathy", 'lhon'],
    ['allergic to vitamin B12', 'cobalt_or_b12_hypersensitivity'],
    ['cobalt allergy', 'cobalt_or_b12_hypersensitivity'],
    ['type 2 diabetes', 'type_2_diabetes'],
    ['acid reflux', 'gastro_oesophageal_reflux'],
    ['GERD', 'gastro_oesophageal_reflux'],
  ])('%s → %s', (text, code) => {
    expect(matchCondition(text)?.code).toBe(code)
  })

  it.each(['', 'diabetes', 'headache', 'broken leg', 'gastritis'])(
    'unknown text %j → null',
    (text) => {
      expect(matchCondition(text)).toBeNull()
    },
  )

  it('covers every rule-bearing condition code with a label', () => {
    const codes = new Set(CONDITIONS.map((c) => c.code))
    for (const code of CONDITION_CODES) expect(codes.has(code)).toBe(true)
  })
})

describe('searchConditions', () => {
  it('offers one line per condition, best first', () => {
    const results = searchConditions('gas')
    const codes = results.map((r) => r.code)
    expect(new Set(codes).size).toBe(codes.length)
    expect(codes).toContain('bariatric_surgery')
    expect(codes).toContain('gastrectomy')
    expect(searchConditions('coel')[0]).toEqual({
      code: 'coeliac_disease',
      label: 'Coeliac disease',
      matched: 'coeliac',
    })
  })

  it('finds an alias by a later word', () => {
    expect(searchConditions('bypass').map((r) => r.code)).toEqual(['bariatric_surgery'])
  })
})

describe('symptoms in plain words', () => {
  it('has a checklist label for every symptom code, urgent ones flagged', () => {
    expect(SYMPTOMS.map((s) => s.code).sort()).toEqual(
      [...URGENT_SYMPTOMS, ...OTHER_SYMPTOMS].sort(),
    )
    for (const s of SYMPTOMS) {
      expect(s.urgent).toBe((URGENT_SYMPTOMS as readonly string[]).includes(s.code))
      expect(symptomLabel(s.code)).toBe(s.label)
    }
    expect(symptomLabel('headache')).toBeNull()
  })

  it.each([
    ['pins and needles', 'paraesthesia', false],
    ['tingling in my feet', 'paraesthesia', false],
    ['blurred vision', 'vision_loss', true],
    ['trouble walking', 'gait_or_balance_problem', true],
    ['weak legs', 'leg_weakness', true],
    ['always tired', 'fatigue', false],
    ['sore tongue', 'sore_tongue', false],
    ['low mood', 'mood_change', false],
    ['anemia', 'anaemia', false],
    ['short of breath', 'breathlessness', false],
    ['pale skin', 'pale_skin', false],
    ['memory loss', 'memory_problems', false],
  ])('%s → %s', (text, code, urgent) => {
    expect(matchSymptom(text)).toMatchObject({ code, urgent })
  })

  it('returns null for unknown words', () => {
    expect(matchSymptom('headache')).toBeNull()
  })
})
