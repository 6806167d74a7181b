/**
 * A rule-based shop name for catalogue foods nobody has named by hand: the USDA name without
 * what only matters in a laboratory or a kitchen (preparation, "NFS", "mature seeds", salt),
 * without bracketed synonyms and all-caps brand and trade names, in UK or US wording. What the
 * shopper needs to pick the right product stays: canned/tinned, frozen, dried, smoked, fat level.
 */

/** 'metric' → UK wording (courgette, tinned), 'us' → US wording (zucchini, canned). */
export type ShopWording = 'metric' | 'us'

/** Whole comma-separated parts that describe preparation or sampling, not what is bought. */
const DROP_PART: readonly RegExp[] = [
  /^(raw|cooked|uncooked|boiled|drained|baked|roasted|dry roasted|oil roasted|broiled|braised|stewed|steamed|simmered|grilled|fried|pan-fried|deep-fried|stir-fried|pan-broiled|pan-browned|microwaved|poached|scrambled|toasted|heated|unheated|prepared|unprepared|fresh|ready-to-eat|ready-to-heat|reheated)$/,
  /^(cooked|baked|roasted|boiled|fried|broiled|braised|grilled|microwaved) .*$/,
  /^(microwave|microwaved|and giblets and neck)$/,
  /^(dry|moist) heat$/,
  /^(nfs|ns as to .*|not further specified|from restaurant|from fast food|home-prepared|restaurant)$/,
  /^mature seeds?$/,
  /^(immature seeds|all commercial varieties|year round average|all grades|all types|choice|select|regular and quick)$/,
  /^(with|without|no|with added|without added|no added|low) salt( added)?$/,
  /^(no added fat|fat added|fat not added|no added fat or sugar)( in cooking)?$/,
  /^(salted|unsalted)$/,
  /^(with|without) (skin|peel|bones?|skin and bones|bone and skin)$/,
  /^(includes|with) (skin|peel)$/,
  /^(flesh|flesh and skin|flesh only|meat only|meat and skin|meat and skin and giblets and neck)$/,
  /^(solids and liquids|drained solids|drained solids with bone)( with bone)?$/,
  /^rinsed in tap water$/,
  /^separable lean( and fat)?( only)?$/,
  /^trimmed to .* fat$/,
  /^(fat|no fat|oil|no oil|butter|margarine) (not )?added( in cooking)?$/,
  /^(made with|prepared with|with added|added) .*$/,
  /^(may have been previously frozen|previously frozen)$/,
  /^(vitamins? .*|calcium|with added vitamins? .*|with added calcium)$/,
  /^(not )?fortified( with .*)?$/,
  /^(commercially prepared|commercial|store brand|generic|usda commodity|fluid)$/,
]

/** A leading USDA group word that a shopper never says ("Nuts, almonds" → "Almonds"). */
const DROP_LEAD =
  /^(nuts|seeds|spices|fish|crustaceans|mollusks|beverages|snacks|candies|fast foods|restaurant|usda commodity|game meat)$/

/** FNDDS forms that are worth keeping, in plain words. */
const RENAME_PART: ReadonlyArray<readonly [RegExp, string]> = [
  [/^from canned$/, 'canned'],
  [/^from frozen$/, 'frozen'],
  [/^from (dry|dried)$/, 'dried'],
  [/^(from fresh|from home recipe)$/, ''],
  [/^cereals ready-to-eat$/, 'breakfast cereal'],
]

/** Preparation words inside a part ("Kielbasa, fully cooked", "Durian, raw or frozen"). */
const PREP_WORDS =
  /\b(?:fully |pre-?|partially )?(?:cooked|uncooked|raw)(?:-[a-z]+)?\b(?: or (?:unheated|frozen))?/gi

/** Mixed-case brand and trade words the all-caps rule cannot see. */
const BRAND_WORDS =
  /\b(vitasoy|nasoya|mori-nu|silk|quaker|kellogg's|kellogg|general mills|campbell's|kraft|nestle|heinz|tostitos|usa)\b/gi

/** Abbreviations in capitals that are not brands. */
const KEEP_CAPS = new Set(['UHT', 'BBQ', 'DHA', 'ARA', 'II'])

/** US word → UK word, whole words, applied for 'metric' wording. */
const UK_WORDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bzucchinis?\b/gi, 'courgette'],
  [/\beggplants?\b/gi, 'aubergine'],
  [/\bcilantro\b/gi, 'coriander'],
  [/\barugula\b/gi, 'rocket'],
  [/\brutabagas?\b/gi, 'swede'],
  [/\bscallions?\b/gi, 'spring onions'],
  [/\bcanned\b/gi, 'tinned'],
  [/\bsoymilk\b/gi, 'soya drink'],
  [/\bsoy milk\b/gi, 'soya drink'],
  [/\bsoy (yogurt|beans?|flour)\b/gi, 'soya $1'],
  [/\byogurts?\b/gi, 'yoghurt'],
  [/\bgarbanzo beans\b/gi, 'chickpeas'],
  [/\bwhole-wheat\b/gi, 'wholemeal'],
  [/\bpowdered sugar\b/gi, 'icing sugar'],
  [/\bflavors?\b/gi, 'flavour'],
]

const US_WORDS: ReadonlyArray<readonly [RegExp, string]> = [[/\bsoymilk\b/gi, 'soy milk']]

function isCapsBrand(word: string): boolean {
  const letters = word.replace(/['’]s$/, '').replace(/[^A-Za-z]/g, '')
  if (letters.length < 2 || KEEP_CAPS.has(letters)) return false
  // "McDONALD'S": a Mc prefix before capitals is still a brand.
  const rest = letters.replace(/^Mc/, '')
  return rest.length >= 2 && rest === rest.toUpperCase()
}

function cleanPart(part: string): string {
  const original = part.toLowerCase()
  for (const [re, to] of RENAME_PART) if (re.test(original)) return to
  if (DROP_PART.some((re) => re.test(original))) return ''
  const words = part
    .replace(/\s+commercially prepared$/i, '')
    .replace(BRAND_WORDS, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && !isCapsBrand(w))
  let text = words.join(' ').trim()
  const lower = text.toLowerCase()
  for (const [re, to] of RENAME_PART) if (re.test(lower)) return to
  if (DROP_PART.some((re) => re.test(lower))) return ''
  // Trailing ", dry fortified"-style leftovers, and preparation words inside a part.
  text = text.replace(/\s+(not )?fortified$/i, '').replace(PREP_WORDS, ' ')
  return text
    .replace(/\s+/g, ' ')
    .replace(/\b(from|or|and|with) (?:and|or)\b/gi, '$1')
    .replace(/^(?:[&/,-]|(?:or|and|with|from)\b)\s*|\s*(?:[&/,-]|\b(?:or|and|with|from))$/gi, '')
    .trim()
}

function applyWording(text: string, wording: ShopWording): string {
  let out = text
  for (const [re, to] of wording === 'metric' ? UK_WORDS : US_WORDS) out = out.replace(re, to)
  return out
}

const capitalise = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

/**
 * The catalogue name as a shop name: "Squash, summer, zucchini, includes skin, raw" →
 * "Squash, summer, courgette" (metric) or "…, zucchini" (US). Never empty: when every part is
 * preparation, the first part of the name is kept. Says nothing about fortification (see shopName).
 */
export function cleanFoodName(name: string, wording: ShopWording): string {
  const unbracketed = name.replace(/\([^()]*\)/g, ' ').replace(/[()]/g, ' ')
  const raw = unbracketed.split(',').map((p) => p.trim())
  const parts: string[] = []
  let lead: string | null = null
  for (const [i, part] of raw.entries()) {
    const cleaned = cleanPart(part)
    if (cleaned === '') continue
    if (i === 0 && raw.length > 1 && DROP_LEAD.test(cleaned.toLowerCase())) lead = cleaned
    else if (!parts.some((p) => p.toLowerCase() === cleaned.toLowerCase())) parts.push(cleaned)
  }
  const kept = parts.length > 0 ? parts : [lead ?? lastPartInWords(raw, name)]
  return capitalise(applyWording(kept.join(', ').replace(/\s+/g, ' ').trim(), wording))
}

/** When only brand words are left ("McDONALD'S, BIG MAC"): the last part, not shouted. */
function lastPartInWords(raw: readonly string[], name: string): string {
  const last = [...raw].reverse().find((p) => p !== '') ?? name.trim()
  return last.replace(/[A-Za-z'’]+/g, (w) =>
    isCapsBrand(w) ? w.charAt(0).toUpperCase() + w.slice(1).toLowerCase() : w,
  )
}
