/**
 * Recognising a typed medicine name, typos included, without ever guessing silently.
 *
 * 1. Exact: every word of a name in the list occurs in the text (extra words such as strengths
 *    allowed), a name written as one word ("GlucophageXR", "NexiumControl"), or a strength glued
 *    on ("Nexium20mg"). Same letters as a listed name, so it is saved as it is.
 * 2. Typo: the text, without strength and filler words ("500mg", "tablets", "twice daily",
 *    "XR"), is within a few edits of a listed name: 1 edit for names of 5–6 letters, 2 for
 *    longer ones (issue 12), counting a swap of neighbouring letters as one edit. The app asks
 *    "Did you mean …?" and saves nothing until the person says yes.
 * 3. Unknown: kept as typed; the app says it is not in its list (reference §6a.7).
 *
 * Guards against offering the wrong medicine, each there because of a real pair:
 * - names of 4 letters or fewer match exactly only: one changed letter turns "acid" into Axid
 *   and "nose" into "nos" (nitrous oxide);
 * - the first letter must agree: people seldom mistype it, and tizanidine (a muscle relaxant)
 *   is two edits from nizatidine;
 * - a text at least as close to a known other medicine (LOOK_ALIKES: Protopic, Lumigan,
 *   pentobarbital …) is not offered as one of ours, and an exact other name is simply unknown;
 * - besides the near-name only filler words may remain (strength, form, timing, what it is
 *   for): a longer text is something else, and the person can pick from the autocomplete.
 */
import type { MedicationClass } from './codes'
import { LOOK_ALIKES, MEDICINES } from './medicine-names'
import {
  bestMatch,
  boundedEditDistance,
  indexNames,
  tokenize,
  type IndexedName,
} from './text-match'

export interface MedicationMatch {
  class: MedicationClass
  generic: string
  /** Present when the text named a brand. */
  brand?: string
}

export type MedicineRecognition =
  | { kind: 'exact'; match: MedicationMatch }
  /** `name` is the list's spelling to offer ("metformin", "Glucophage XR"). */
  | { kind: 'typo'; match: MedicationMatch; name: string }
  | { kind: 'unknown' }

export const medicineIndex: readonly IndexedName<MedicationMatch>[] = indexNames<MedicationMatch>(
  MEDICINES.flatMap((m) => [
    { display: m.generic, value: { class: m.class, generic: m.generic } },
    ...(m.aliases ?? []).map((alias) => ({
      display: alias,
      value: { class: m.class, generic: m.generic },
    })),
    ...m.brands.map((brand) => ({
      display: brand,
      value: { class: m.class, generic: m.generic, brand },
    })),
  ]),
)

const compact = (tokens: readonly string[]): string => tokens.join('')
const listed = medicineIndex.map((entry) => ({ entry, compact: compact(entry.tokens) }))
const lookAlikes = LOOK_ALIKES.map((name) => compact(tokenize(name)))

/** Units and counts: never part of a name. */
const DOSE_WORDS: ReadonlySet<string> = new Set(
  'mg mcg ug g ml iu unit units microgram micrograms milligram milligrams x'.split(' '),
)

/**
 * Words that may surround a name without being part of it: forms, release, salts, timing, and
 * what it is taken for. Any other word beside a near-name means the text is something else.
 */
const FILLER_WORDS: ReadonlySet<string> = new Set(
  [
    'tablet tablets tab tabs capsule capsules cap caps pill pills liquid syrup suspension solution',
    'oral sachet sachets granules dispersible chewable',
    'er xr sr xl mr cr dr la ec gr otc modified extended delayed prolonged slow release gastro resistant',
    'hydrochloride hcl sodium magnesium potassium calcium',
    'once twice daily day days per week weekly morning night nightly evening bd od tds qds prn as needed every times',
    'for from since prescribed prescription generic brand',
    // what people add about why they take it ("metfromin for diabetes")
    'diabetes sugar reflux heartburn indigestion ulcer stomach gout epilepsy seizures pain nerve',
  ]
    .join(' ')
    .split(' '),
)

/** Up to 4 letters: exact only; 5–6 letters: 1 edit; longer: 2 edits. */
export function allowedEdits(nameLength: number): number {
  if (nameLength <= 4) return 0
  return nameLength <= 6 ? 1 : 2
}

/**
 * The text's words with strengths dropped: "500mg" and "24hr" go, and a strength glued to a
 * name comes off ("nexium20mg" → "nexium"), unless the letters are too few to be a name ("n2o").
 */
function nameWords(text: string): string[] {
  return tokenize(text).flatMap((token) => {
    if (/^\d/.test(token) || DOSE_WORDS.has(token)) return []
    const glued = /^([a-z]{2,})\d[a-z0-9]*$/.exec(token)
    return [glued?.[1] ?? token]
  })
}

/** A listed name written as one word: "glucophagexr" is "Glucophage XR". */
function runTogether(words: readonly string[]): IndexedName<MedicationMatch> | null {
  let best: { entry: IndexedName<MedicationMatch>; compact: string } | null = null
  for (const candidate of listed) {
    if (!words.includes(candidate.compact)) continue
    if (best === null || candidate.compact.length > best.compact.length) best = candidate
  }
  return best?.entry ?? null
}

function exactMatch(text: string, words: readonly string[]): IndexedName<MedicationMatch> | null {
  return (
    bestMatch(medicineIndex, text) ??
    runTogether(tokenize(text)) ??
    bestMatch(medicineIndex, words.join(' ')) ??
    runTogether(words)
  )
}

/** Each run of words that could be the name: everything outside it must be filler. */
function candidateSpans(words: readonly string[]): string[] {
  const spans: string[] = []
  for (let start = 0; start < words.length; start++) {
    if (words.slice(0, start).some((w) => !FILLER_WORDS.has(w))) break
    for (let end = words.length; end > start; end--) {
      const span = words.slice(start, end)
      if (span.every((w) => FILLER_WORDS.has(w))) continue
      if (words.slice(end).every((w) => FILLER_WORDS.has(w))) spans.push(compact(span))
    }
  }
  return spans
}

interface Near {
  entry: IndexedName<MedicationMatch>
  edits: number
  length: number
}

/** The listed name nearest to `span` within its allowed edits, unless a look-alike is as near. */
function nearestListed(span: string): Near | null {
  let best: Near | null = null
  for (const { entry, compact: name } of listed) {
    const limit = allowedEdits(name.length)
    if (limit === 0 || name[0] !== span[0]) continue
    const edits = boundedEditDistance(span, name, limit)
    if (edits > limit) continue
    if (
      best === null ||
      edits < best.edits ||
      (edits === best.edits && name.length > best.length)
    ) {
      best = { entry, edits, length: name.length }
    }
  }
  if (best === null) return null
  const nearest = best.edits
  return lookAlikes.some((other) => boundedEditDistance(span, other, nearest) <= nearest)
    ? null
    : best
}

/**
 * What a typed medicine name is: an exact name of the list, a likely typo of one (to be
 * confirmed by the person), or unknown. Pure; a few hundred short comparisons.
 */
export function recogniseMedication(text: string): MedicineRecognition {
  const words = nameWords(text)
  const exact = exactMatch(text, words)
  if (exact !== null) return { kind: 'exact', match: exact.value }
  const spans = candidateSpans(words)
  if (spans.some((span) => lookAlikes.includes(span))) return { kind: 'unknown' }
  let best: Near | null = null
  for (const span of spans) {
    const near = nearestListed(span)
    if (near === null) continue
    if (
      best === null ||
      near.edits < best.edits ||
      (near.edits === best.edits && near.length > best.length)
    )
      best = near
  }
  return best === null
    ? { kind: 'unknown' }
    : { kind: 'typo', match: best.entry.value, name: best.entry.display }
}
