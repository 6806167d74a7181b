/**
 * What each typed allergy word will keep out of the plan, in plain words, so a person (or a carer)
 * can see at once that "oats" also means oat drink and "nuts" means both kinds until they say which.
 * Reads the same allergen groups the planner uses (core/foods/allergy-words.ts).
 */
import { allergyGroups, type AllergenGroup } from '../../../core/foods'

/** Plain words for each allergen group, with the foods people tend to forget. */
export const ALLERGEN_GROUP_WORDS: Readonly<Record<AllergenGroup, string>> = {
  milk: 'milk and dairy foods (cheese, yoghurt, butter, cream)',
  egg: 'eggs and foods made with egg',
  fish: 'fish of every kind',
  crustacean: 'crustaceans (prawns, shrimp, crab, lobster)',
  mollusc: 'molluscs (mussels, clams, oysters, squid)',
  'tree-nut':
    'tree nuts (almonds, walnuts, cashews, hazelnuts and others), their butters and drinks',
  peanut: 'peanuts and peanut butter',
  soy: 'soya (soy drink, tofu, tempeh, edamame, soy sauce)',
  wheat: 'wheat (most bread, pasta, couscous and many cereals)',
  gluten: 'gluten: wheat, barley, rye, and oats not sold as gluten-free',
  oats: 'oats (oat flakes, porridge, oat drink, oat bran)',
  sesame: 'sesame (seeds, tahini, hummus)',
  mustard: 'mustard',
  celery: 'celery and celeriac',
  lupin: 'lupin',
}

export type AllergyWordReading =
  /** A word the planner knows: these groups are kept out. */
  | { kind: 'groups'; word: string; groups: readonly AllergenGroup[] }
  /** "nuts": both kinds are kept out until the person says which. */
  | { kind: 'which-nuts'; word: string }
  /** No allergen group: foods with this word in their name are kept out. */
  | { kind: 'by-name'; word: string }

/** The comma-separated words of an allergy field, trimmed, empty ones dropped. */
export function allergyWords(text: string): string[] {
  return text
    .split(',')
    .map((w) => w.trim())
    .filter((w) => w !== '')
}

/** One reading per typed word, in the order typed. */
export function readAllergies(text: string): AllergyWordReading[] {
  return allergyWords(text).map((word) => {
    const reading = allergyGroups(word)
    if (reading.ambiguous === 'nuts') return { kind: 'which-nuts', word }
    if (reading.groups.length === 0) return { kind: 'by-name', word }
    return { kind: 'groups', word, groups: reading.groups }
  })
}

export type NutsAnswer = 'tree nuts' | 'peanuts' | 'tree nuts, peanuts'

/** The allergy text with the word meaning "nuts" replaced by the person's answer. */
export function answerWhichNuts(text: string, answer: NutsAnswer): string {
  return allergyWords(text)
    .map((word) => (allergyGroups(word).ambiguous === 'nuts' ? answer : word))
    .join(', ')
}
