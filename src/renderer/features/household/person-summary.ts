import { UNLISTED_MEDICINE_TEXT } from '../../../core/b12'
import type { Person } from '../../../core/profiles/person'
import { personAge } from '../../../core/profiles/to-assessment'
import { DIET_LABELS } from '../foods'

/**
 * "72 years · Vegan · 1 medicine · 1 supplement · usual week described" — a short line for the
 * household list (the usual week is what Advice goes by when no meals are planned).
 */
export function personSummary(person: Person, today: string): string {
  const age = personAge(person, today)
  const ageText = age < 1 ? `${Math.round(age * 12)} months` : `${Math.floor(age)} years`
  const parts = [ageText, DIET_LABELS[person.diet]]
  if (person.pregnant) parts.push('pregnant')
  if (person.lactating) parts.push('breastfeeding')
  const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`
  if (person.medications.length > 0) parts.push(count(person.medications.length, 'medicine'))
  if (person.supplements.length > 0) parts.push(count(person.supplements.length, 'supplement'))
  if (person.usualWeek !== null && age >= 1) parts.push('usual week described')
  return parts.join(' · ')
}

/**
 * "Not in the app’s list — ask your pharmacist whether it affects B12: Tizanidine." for the
 * medicines the app could not match (reference §6a.7); null when every medicine is known.
 */
export function unlistedMedicinesNote(person: Person): string | null {
  const unlisted = person.medications.filter((m) => m.class === 'other').map((m) => m.text)
  return unlisted.length === 0 ? null : `${UNLISTED_MEDICINE_TEXT}: ${unlisted.join(', ')}.`
}
