/**
 * Conditions and symptoms in everyday words, mapped to the contract's codes. `label` is what a
 * picker or checklist shows; `aliases` are what people type. UK and US spellings are folded by
 * the matcher, so one spelling per alias is enough.
 */
import type { ConditionCode, SymptomCode } from './codes'

/** Accepted by the contract but carrying no rule in v1 (offered so pickers can record them). */
export type NoRuleConditionCode = 'type_2_diabetes' | 'gout' | 'gastro_oesophageal_reflux'

export interface ConditionEntry {
  code: ConditionCode | NoRuleConditionCode
  label: string
  aliases: readonly string[]
}

export const CONDITIONS: readonly ConditionEntry[] = [
  {
    code: 'pernicious_anaemia',
    label: 'Pernicious anaemia',
    aliases: ['pernicious anemia', 'Addisonian anaemia', "Addison's anaemia", "Biermer's disease"],
  },
  {
    code: 'autoimmune_gastritis',
    label: 'Autoimmune gastritis',
    aliases: ['autoimmune atrophic gastritis'],
  },
  {
    code: 'gastrectomy',
    label: 'Stomach removed, fully or in part (gastrectomy)',
    aliases: [
      'gastrectomy',
      'partial gastrectomy',
      'total gastrectomy',
      'stomach removed',
      'stomach removal',
    ],
  },
  {
    code: 'bariatric_surgery',
    label: 'Weight-loss surgery (bariatric surgery)',
    aliases: [
      'weight loss surgery',
      'bariatric surgery',
      'obesity surgery',
      'gastric bypass',
      'Roux-en-Y',
      'RYGB',
      'gastric sleeve',
      'sleeve gastrectomy',
      'gastric band',
      'lap band',
      'stomach stapling',
      'duodenal switch',
      'biliopancreatic diversion',
    ],
  },
  {
    code: 'ileal_resection',
    label: 'End of the small bowel removed (ileal resection)',
    aliases: [
      'ileal resection',
      'terminal ileal resection',
      'ileum removed',
      'ileum resection',
      'ileocaecal resection',
      'ileocolic resection',
    ],
  },
  {
    code: 'atrophic_gastritis',
    label: 'Atrophic gastritis',
    aliases: ['atrophic gastritis', 'chronic atrophic gastritis', 'gastric atrophy'],
  },
  {
    code: 'coeliac_disease',
    label: 'Coeliac disease',
    aliases: ['coeliac', 'celiac sprue', 'gluten enteropathy', 'gluten-sensitive enteropathy'],
  },
  {
    code: 'crohns_disease',
    label: "Crohn's disease",
    aliases: ["Crohn's", 'Crohn', "Crohn's colitis"],
  },
  {
    code: 'type_1_diabetes',
    label: 'Type 1 diabetes',
    aliases: [
      'type 1 diabetes',
      'type one diabetes',
      'type I diabetes',
      'T1D',
      'T1DM',
      'juvenile diabetes',
      'latent autoimmune diabetes',
      'LADA',
    ],
  },
  {
    code: 'autoimmune_thyroid_disease',
    label: "Autoimmune thyroid disease (Hashimoto's, Graves')",
    aliases: [
      "Hashimoto's",
      'Hashimoto',
      "Hashimoto's thyroiditis",
      "Graves' disease",
      'Graves',
      'autoimmune thyroid',
      'autoimmune thyroiditis',
      'autoimmune hypothyroidism',
      'autoimmune hyperthyroidism',
    ],
  },
  {
    code: 'sjogren_syndrome',
    label: "Sjögren's syndrome",
    aliases: ["Sjögren's", 'Sjögren', 'Sjogren', 'sicca syndrome'],
  },
  { code: 'vitiligo', label: 'Vitiligo', aliases: ['vitiligo'] },
  {
    code: 'lhon',
    label: "Leber's hereditary optic neuropathy (LHON)",
    aliases: [
      'LHON',
      'Leber hereditary optic neuropathy',
      "Leber's optic atrophy",
      'Leber optic atrophy',
      "Leber's disease",
      'Leber optic neuropathy',
    ],
  },
  {
    code: 'cobalt_or_b12_hypersensitivity',
    label: 'Allergy to cobalt or vitamin B12',
    aliases: [
      'cobalt allergy',
      'allergic to cobalt',
      'cobalt hypersensitivity',
      'cobalt sensitivity',
      'B12 allergy',
      'allergic to B12',
      'B12 hypersensitivity',
      'cobalamin allergy',
      'allergic to cobalamin',
      'cyanocobalamin allergy',
      'hydroxocobalamin allergy',
    ],
  },
  {
    code: 'type_2_diabetes',
    label: 'Type 2 diabetes',
    aliases: ['type 2 diabetes', 'type two diabetes', 'type II diabetes', 'T2D', 'T2DM'],
  },
  { code: 'gout', label: 'Gout', aliases: ['gout'] },
  {
    code: 'gastro_oesophageal_reflux',
    label: 'Acid reflux (heartburn, GORD/GERD)',
    aliases: [
      'acid reflux',
      'reflux',
      'heartburn',
      'GORD',
      'GERD',
      'gastro-oesophageal reflux',
      'gastroesophageal reflux',
    ],
  },
]

export interface SymptomEntry {
  code: SymptomCode
  /** The checklist label. */
  label: string
  /** Urgent symptoms send the person to a doctor the same day (NHSL). */
  urgent: boolean
  aliases: readonly string[]
}

export const SYMPTOMS: readonly SymptomEntry[] = [
  {
    code: 'vision_loss',
    label: 'New problems with your eyesight, such as blurred or lost vision',
    urgent: true,
    aliases: [
      'vision loss',
      'loss of vision',
      'blurred vision',
      'blurry vision',
      'sight loss',
      'vision changes',
    ],
  },
  {
    code: 'gait_or_balance_problem',
    label: 'Unsteady walking or trouble keeping your balance',
    urgent: true,
    aliases: [
      'balance problems',
      'poor balance',
      'unsteady walking',
      'trouble walking',
      'unsteady on feet',
    ],
  },
  {
    code: 'leg_weakness',
    label: 'Weak legs',
    urgent: true,
    aliases: ['weak legs', 'leg weakness', 'legs feel weak'],
  },
  {
    code: 'paraesthesia',
    label: 'Pins and needles, tingling or numbness',
    urgent: false,
    aliases: ['pins and needles', 'tingling', 'numbness', 'numb', 'paraesthesia'],
  },
  {
    code: 'memory_problems',
    label: 'Memory problems or trouble thinking clearly',
    urgent: false,
    aliases: [
      'memory problems',
      'memory loss',
      'forgetful',
      'forgetfulness',
      'brain fog',
      'confusion',
    ],
  },
  {
    code: 'fatigue',
    label: 'Feeling very tired for no clear reason',
    urgent: false,
    aliases: ['fatigue', 'tired', 'tiredness', 'exhausted', 'exhaustion', 'no energy'],
  },
  {
    code: 'sore_tongue',
    label: 'A sore, red or swollen tongue',
    urgent: false,
    aliases: ['sore tongue', 'red tongue', 'swollen tongue', 'glossitis'],
  },
  {
    code: 'mood_change',
    label: 'Changes in mood, such as feeling low or irritable',
    urgent: false,
    aliases: ['mood change', 'mood changes', 'low mood', 'irritable', 'irritability', 'depression'],
  },
  {
    code: 'anaemia',
    label: 'Told you have anaemia (a low blood count)',
    urgent: false,
    aliases: ['anaemia', 'low blood count', 'low haemoglobin'],
  },
  {
    code: 'breathlessness',
    label: 'Getting out of breath easily',
    urgent: false,
    aliases: [
      'breathless',
      'breathlessness',
      'short of breath',
      'shortness of breath',
      'out of breath',
    ],
  },
  {
    code: 'pale_skin',
    label: 'Pale skin',
    urgent: false,
    aliases: ['pale skin', 'pale', 'pallor'],
  },
]
