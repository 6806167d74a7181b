/**
 * The one parser for numbers people type into the app's forms. People write "70,5" as often as
 * "70.5", add spaces ("1 000") or a trailing unit they already see beside the field. What cannot
 * be read with certainty is refused with a reason, never guessed: "1,500" could be one and a
 * half or fifteen hundred, and for a dose of B12 that difference matters.
 */

export type NumberProblem = 'empty' | 'not_a_number' | 'ambiguous_separator'

export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem }

const PLAIN = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)$/
const GROUPED_DOT_DECIMAL = /^[+-]?\d{1,3}(,\d{3})+\.\d+$/ // 1,234.5
const GROUPED_COMMA_DECIMAL = /^[+-]?\d{1,3}(\.\d{3})+,\d+$/ // 1.234,5

/**
 * Reads a typed number. Accepts a decimal point or a decimal comma ("70,5" = 70.5), spaces
 * (including non-breaking and thin spaces) as digit groups ("1 000"), and full grouped forms
 * where both marks appear ("1,234.5", "1.234,5"). Refuses, with `ambiguous_separator`, a lone
 * comma or point followed by exactly three digits after a non-zero whole part ("1,500",
 * "2.000"): it could be a decimal or a thousands mark. Leading zeros ("0,500") are read as
 * decimals, since nobody writes thousands with a leading zero. Never throws.
 */
export function parseDecimal(text: string): ParsedNumber {
  const compact = text
    .normalize('NFKC')
    .trim()
    .replace(/[\s\u202f\u2009]+/g, '')
  if (compact === '') return { ok: false, problem: 'empty' }
  if (GROUPED_DOT_DECIMAL.test(compact)) return finite(compact.replace(/,/g, ''))
  if (GROUPED_COMMA_DECIMAL.test(compact))
    return finite(compact.replace(/\./g, '').replace(',', '.'))
  if (!PLAIN.test(compact)) return { ok: false, problem: 'not_a_number' }
  const ambiguous = /^[+-]?0*([1-9]\d{0,2})[.,]\d{3}$/.exec(compact)
  if (ambiguous) return { ok: false, problem: 'ambiguous_separator' }
  return finite(compact.replace(',', '.'))
}

function finite(normalised: string): ParsedNumber {
  const value = Number(normalised)
  return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'not_a_number' }
}

/**
 * A form value (a number from state, or the text of a field) as a number. Numbers pass through
 * when finite; strings go through parseDecimal; anything else is not a number.
 */
export function readNumber(value: unknown): ParsedNumber {
  if (typeof value === 'number')
    return Number.isFinite(value) ? { ok: true, value } : { ok: false, problem: 'not_a_number' }
  if (typeof value === 'string') return parseDecimal(value)
  if (value === null || value === undefined) return { ok: false, problem: 'empty' }
  return { ok: false, problem: 'not_a_number' }
}

/**
 * The plain message for a number that could not be read, naming the field:
 * "Weight must be a number, like 70 or 70,5." / "Write 1500 or 1.5: "1,500" could be either."
 */
export function numberProblemMessage(label: string, problem: NumberProblem, typed = ''): string {
  switch (problem) {
    case 'empty':
      return `${label} is required.`
    case 'ambiguous_separator': {
      const shown = typed.trim()
      const [whole = '', part = ''] = shown.split(/[.,]/)
      const asDecimal = String(Number(`${whole}.${part}`))
      return `${label}: “${shown}” could mean ${whole}${part} or ${asDecimal}. Please type the one you mean (${whole}${part} or ${asDecimal}).`
    }
    default:
      return `${label} must be a number, written in digits (a decimal comma is fine).`
  }
}
