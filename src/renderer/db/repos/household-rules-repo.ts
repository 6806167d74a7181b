/**
 * The household's rules for the planner (soft goals such as "fish or seafood at least twice a
 * week"), stored as one row of the key/value settings table. Every read parses the row: a rule
 * that does not parse is dropped, and a row that is not a list of rules reads as no rules, so a
 * damaged row never breaks planning.
 */
import { z } from 'zod'
import type { HouseholdRule } from '../../../core/planning/household-rules'
import { MEAL_SLOTS } from '../../../core/planning/types'
import type { AppDb } from '../app-db'

export const HOUSEHOLD_RULES_KEY = 'household-rules'

/** Largest counts and lengths a rule may have (a week has 28 meals). */
export const RULE_LIMITS = { count: 28, minutes: 600, word: 40, rules: 50 } as const

const word = z.string().trim().min(1).max(RULE_LIMITS.word)
const base = {
  id: z.string().min(1).max(100),
  weight: z.enum(['nice', 'important']),
}
const slot = z.enum(MEAL_SLOTS as readonly ['breakfast', 'lunch', 'dinner', 'snack']).optional()
const mealKind = z.union([
  z.object({ kind: z.literal('fish') }).strict(),
  z.object({ kind: z.literal('meat') }).strict(),
  z.object({ kind: z.literal('word'), word }).strict(),
])

export const householdRuleSchema = z.union([
  z
    .object({
      ...base,
      type: z.enum(['at-least', 'at-most']),
      count: z.number().int().min(0).max(RULE_LIMITS.count),
      what: mealKind,
      slot,
    })
    .strict(),
  z
    .object({
      ...base,
      type: z.literal('on-day'),
      word,
      weekday: z.union([0, 1, 2, 3, 4, 5, 6].map((d) => z.literal(d)) as [z.ZodLiteral<0>]),
      slot,
    })
    .strict(),
  z.object({ ...base, type: z.literal('avoid'), avoid: word, slot }).strict(),
  z
    .object({
      ...base,
      type: z.literal('max-prep'),
      minutes: z.number().int().min(1).max(RULE_LIMITS.minutes),
      days: z.enum(['weekdays', 'weekends']),
    })
    .strict(),
])

/** The stored rules; a bad rule is dropped, a bad row (or none) is no rules. */
export function parseHouseholdRules(value: unknown): HouseholdRule[] {
  const row = z.object({ rules: z.array(z.unknown()) }).safeParse(value)
  if (!row.success) return []
  const out: HouseholdRule[] = []
  for (const item of row.data.rules.slice(0, RULE_LIMITS.rules)) {
    const rule = householdRuleSchema.safeParse(item)
    if (rule.success) out.push(rule.data as HouseholdRule)
  }
  return out
}

/** A rule taken out, with where it was, so Undo puts it back in place. */
export interface RemovedRule {
  rule: HouseholdRule
  index: number
}

export function createHouseholdRulesRepo(db: AppDb) {
  const list = async (): Promise<HouseholdRule[]> =>
    parseHouseholdRules((await db.settings.get(HOUSEHOLD_RULES_KEY))?.value)
  const write = (rules: readonly HouseholdRule[]) =>
    db.settings.put({ key: HOUSEHOLD_RULES_KEY, value: { rules } })
  const change = <T>(edit: (rules: HouseholdRule[]) => T): Promise<T> =>
    db.transaction('rw', db.settings, async () => {
      const rules = await list()
      const result = edit(rules)
      await write(rules)
      return result
    })
  return {
    list,
    /** Adds a rule at the end; an invalid rule is refused with an error and nothing changes. */
    async add(rule: HouseholdRule): Promise<void> {
      const parsed = householdRuleSchema.parse(rule) as HouseholdRule
      await change((rules) => {
        if (rules.length >= RULE_LIMITS.rules)
          throw new Error(`A household can have up to ${RULE_LIMITS.rules} rules.`)
        rules.push(parsed)
      })
    },
    /** Takes a rule out; null when it is not there. */
    remove(id: string): Promise<RemovedRule | null> {
      return change((rules) => {
        const index = rules.findIndex((r) => r.id === id)
        if (index < 0) return null
        const [rule] = rules.splice(index, 1)
        return rule ? { rule, index } : null
      })
    },
    /** Puts a removed rule back where it was (at the end if the list has since shrunk). */
    restore(removed: RemovedRule): Promise<void> {
      return change((rules) => {
        if (rules.some((r) => r.id === removed.rule.id)) return
        rules.splice(Math.min(removed.index, rules.length), 0, removed.rule)
      })
    },
  }
}

export type HouseholdRulesRepo = ReturnType<typeof createHouseholdRulesRepo>
