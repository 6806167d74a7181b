/**
 * How each row of a backup is checked before anything is written. Profiles and plan entries go
 * through the same validation the repos use on the way in and out (validatePerson, fromPlanRow);
 * foods, recipes, pantry, shopping state and settings through zod schemas of their stored shape.
 * Each validator returns the row exactly as it will be stored, or a plain message.
 */
import { z } from 'zod'
import { AISLES, B12_CLASSES, type FoodRecord } from '../../../core/foods/types'
import { MEAL_SLOTS, RECIPE_TAGS } from '../../../core/planning/types'
import { isIsoDate } from '../../../core/dates'
import { validatePerson } from '../../../core/profiles/validate-person'
import { toFoodRow } from '../repos/foods-repo'
import { fromPlanRow, toPlanRow } from '../repos/plan-repo'
import { HOUSEHOLD_RULES_KEY, parseHouseholdRules } from '../repos/household-rules-repo'
import { MEALS_TOGETHER_KEY, parseMealsTogether } from '../repos/meal-sharing-repo'
import { parseSettings } from '../repos/settings-repo'
import { parseShoppingChoices, SHOPPING_CHOICES_KEY } from '../repos/shopping-choices-repo'
import { parsePantryRow } from '../repos/shopping-repo'
import type { PlanEntryRow, ProfileRow } from '../rows'

export type RowCheck = { ok: true; row: Record<string, unknown> } | { ok: false; message: string }

export interface RowContext {
  /** Today (YYYY-MM-DD), for dates of birth. */
  today: string
  /** Now (ISO), only for a row that has no time stamp of its own. */
  now: string
}

const id = z.string().min(1).max(200)
/** A real calendar day, YYYY-MM-DD (2026-02-30 is refused). */
const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine(isIsoDate, 'not a real date')
/** Any finite amount ≥ 0: never stricter than the label form, or a backup of its foods would not restore. */
const amount = z.number().min(0)
const text = (max: number) => z.string().max(max)

function fromZod(result: z.ZodSafeParseResult<unknown>): RowCheck {
  if (result.success) return { ok: true, row: result.data as Record<string, unknown> }
  const issue = result.error.issues[0]
  const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : ''
  return { ok: false, message: `${issue?.message ?? 'invalid'}${where}` }
}

function checkProfile(row: unknown, ctx: RowContext): RowCheck {
  const o = (typeof row === 'object' && row !== null ? row : {}) as Record<string, unknown>
  const stamp =
    typeof o['updatedAt'] === 'string' && o['updatedAt'] !== '' ? o['updatedAt'] : ctx.now
  const result = validatePerson(row, ctx.today, stamp)
  if (!result.ok)
    return { ok: false, message: result.errors.map((error) => error.message).join(' ') }
  return { ok: true, row: result.person as unknown as ProfileRow }
}

const foodSchema = z
  .object({
    id: z.string().regex(/^custom:[0-9a-zA-Z-]{8,64}$/, 'not one of your own foods'),
    source: z.literal('user', 'not one of your own foods'),
    sourceId: z.null(),
    name: z.string().trim().min(1).max(120),
    foodGroup: text(100),
    aka: text(500).nullable(),
    kind: z.enum(['food', 'supplement']),
    per100g: z
      .object({
        energyKcal: amount.nullable(),
        proteinG: amount.nullable(),
        b12Ug: amount.nullable(),
        b12AddedUg: amount.nullable(),
        folateDfeUg: amount.nullable(),
        folicAcidUg: amount.nullable(),
      })
      .strict(),
    portions: z
      .array(z.object({ label: text(200), grams: z.number().positive().max(5000) }).strict())
      .max(50),
    b12: z
      .object({
        class: z.enum(B12_CLASSES),
        reason: text(50),
        foodUgPer100g: amount,
        crystallineUgPer100g: amount,
      })
      .strict(),
    diet: z
      .object({
        vegan: z.enum(['yes', 'no', 'unknown']),
        lacto_ovo_vegetarian: z.enum(['yes', 'no', 'unknown']),
        pescatarian: z.enum(['yes', 'no', 'unknown']),
        omnivore: z.enum(['yes', 'no', 'unknown']),
        reason: text(50),
      })
      .strict(),
    aisle: z.enum(AISLES),
    note: text(500).nullable(),
    supplement: z
      .object({
        ugPerUnit: z.number().positive().max(10_000),
        unit: z.enum(['tablet', 'spray', 'lozenge', 'drop', 'capsule']),
        form: z.enum([
          'cyanocobalamin',
          'methylcobalamin',
          'hydroxocobalamin',
          'adenosylcobalamin',
        ]),
        schedule: z.enum(['daily', 'weekly']).optional(),
      })
      .strict()
      .nullable(),
    // A drink entered per 100 ml (planned and listed in ml).
    amountUnit: z.literal('ml').optional(),
    // The index copy of b12.class; recomputed below.
    b12Class: z.string().optional(),
  })
  .strict()

function checkFood(row: unknown): RowCheck {
  const result = foodSchema.safeParse(row)
  if (!result.success) return fromZod(result)
  const { b12Class: _indexCopy, ...food } = result.data
  return { ok: true, row: toFoodRow(food as unknown as FoodRecord) }
}

/** Recipes: the core Recipe fields are checked; fields a later app version adds are kept. */
const recipeSchema = z.looseObject({
  id,
  name: z.string().trim().min(1).max(200),
  updatedAt: z.string().min(1).max(40),
  slots: z
    .array(z.enum(MEAL_SLOTS as [string, ...string[]]))
    .min(1)
    .max(4),
  servings: z.number().int().positive().max(100),
  ingredients: z
    .array(
      z.looseObject({
        foodId: id,
        grams: z.number().positive().max(100_000),
        note: text(500).optional(),
      }),
    )
    .max(200),
  steps: z.array(text(5000)).max(100),
  prepMinutes: z.number().positive().max(10_000),
  tags: z.array(z.enum(RECIPE_TAGS as [string, ...string[]])).max(10),
  source: z.literal('user').optional(),
})

const planShape = z.looseObject({ id, profileId: id, date: isoDay, slot: z.string().max(20) })

function checkPlanEntry(row: unknown): RowCheck {
  const shape = planShape.safeParse(row)
  if (!shape.success) return fromZod(shape)
  const entry = fromPlanRow(shape.data as PlanEntryRow)
  if (!entry) return { ok: false, message: 'the meal, amount or slot is not valid' }
  return { ok: true, row: toPlanRow(entry) }
}

/** Pantry rows through the shopping repo's own reader (staple, or on hand with a quantity). */
function checkPantry(row: unknown): RowCheck {
  const shape = z.looseObject({ id, foodId: id }).safeParse(row)
  if (!shape.success) return fromZod(shape)
  if (parsePantryRow(row) === null) return { ok: false, message: 'not a pantry item the app knows' }
  return { ok: true, row: shape.data }
}

/**
 * Shopping state: one row per list (weekStart = its first day) plus the aisle preferences row
 * (weekStart ''). The shopping repo reads the rest of both with defaults (a damaged tick list
 * reads as "nothing ticked"), so only the keys are checked here: refusing a whole backup over a
 * field the app itself ignores would lose data.
 */
const shoppingStateSchema = z.looseObject({ id, weekStart: z.union([z.literal(''), isoDay]) })
const settingsRowSchema = z.object({ key: z.string().min(1).max(100), value: z.unknown() }).strict()

function checkSettings(row: unknown): RowCheck {
  const result = settingsRowSchema.safeParse(row)
  if (!result.success) return fromZod(result)
  // The app settings, household-rules and meals-together rows are read with defaults, as their repos read them.
  const { key } = result.data
  const value =
    key === 'app'
      ? parseSettings(result.data.value)
      : key === HOUSEHOLD_RULES_KEY
        ? { rules: parseHouseholdRules(result.data.value) }
        : key === MEALS_TOGETHER_KEY
          ? parseMealsTogether(result.data.value)
          : key === SHOPPING_CHOICES_KEY
            ? parseShoppingChoices(result.data.value)
            : result.data.value
  return { ok: true, row: { key, value } }
}

export const ROW_CHECKS = {
  profiles: checkProfile,
  foods: checkFood,
  recipes: (row: unknown) => fromZod(recipeSchema.safeParse(row)),
  planEntries: checkPlanEntry,
  pantry: checkPantry,
  shoppingState: (row: unknown) => fromZod(shoppingStateSchema.safeParse(row)),
  settings: checkSettings,
} as const satisfies Record<string, (row: unknown, ctx: RowContext) => RowCheck>

/** How a row is named in a message ("person 2 (Ana)"). */
export const ROW_NOUNS = {
  profiles: 'person',
  foods: 'own food',
  recipes: 'recipe',
  planEntries: 'planned meal',
  pantry: 'pantry item',
  shoppingState: 'shopping list',
  settings: 'setting',
} as const
