import { useEffect, useId, useRef, useState, type Ref } from 'react'
import { WEEKDAY_NAMES, type WeekdayIndex } from '../../../core/dates'
import type { Diet } from '../../../core/foods/types'
import { ruleText, WEIGHT_LABELS } from '../../../core/planning/household-rule-text'
import { ruleFitsDiet, type HouseholdRule } from '../../../core/planning/household-rules'
import { MEAL_SLOTS, type MealSlot } from '../../../core/planning/types'
import { FormField } from '../../components/FormField'
import { StatusMessage } from '../../components/StatusMessage'
import { useHousehold, useHouseholdRules, useServices } from '../../data'
import type { RemovedRule } from '../../db/repos/household-rules-repo'
import {
  NEW_RULE_DRAFT,
  RULE_TEMPLATES,
  ruleFromDraft,
  type RuleDraft,
  type RuleField,
} from './household-rule-draft'

const DIET_NAMES: Readonly<Record<Diet, string>> = {
  vegan: 'vegan',
  lacto_ovo_vegetarian: 'vegetarian',
  pescatarian: 'pescatarian',
  omnivore: 'eats everything',
}

/** "Not for Ana (vegan)." when a fish or meat rule does not fit someone's diet; else null. */
function notForText(rule: HouseholdRule, people: readonly { name: string; diet: Diet }[]) {
  const out = people.filter((p) => !ruleFitsDiet(rule, p.diet))
  if (out.length === 0) return null
  return `Not for ${out.map((p) => `${p.name} (${DIET_NAMES[p.diet]})`).join(', ')}.`
}

type Notice = { text: string; removed?: RemovedRule }

/**
 * Household rules for the planner: a list in plain words with Remove (and Undo), and a form
 * that adds a rule from a template. Focus: opening the form goes to its first field, adding or
 * removing to the status message (its Undo), cancelling back to "Add a rule".
 */
export function HouseholdRulesSection() {
  const { householdRules, newId } = useServices()
  const rules = useHouseholdRules()
  const people = useHousehold() ?? []
  const [draft, setDraft] = useState<RuleDraft | null>(null)
  const [error, setError] = useState<{ field: RuleField; message: string } | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [failure, setFailure] = useState<string | null>(null)
  const [backToAdd, setBackToAdd] = useState(0)
  const prefix = useId()
  const idFor = (field: string): string => `${prefix}-${field}`
  const addRef = useRef<HTMLButtonElement>(null)
  const typeRef = useRef<HTMLSelectElement>(null)
  const open = draft !== null

  useEffect(() => {
    if (open) typeRef.current?.focus()
  }, [open])
  useEffect(() => {
    if (backToAdd > 0) addRef.current?.focus()
  }, [backToAdd])
  useEffect(() => {
    if (error) document.getElementById(idFor(error.field))?.focus()
    // idFor is stable for the component's life (useId).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [error])

  const update = (change: Partial<RuleDraft>): void => {
    setDraft((d) => (d ? { ...d, ...change } : d))
  }
  const save = async (): Promise<void> => {
    if (!draft) return
    const result = ruleFromDraft(draft, newId())
    if (!result.ok) return setError({ field: result.field, message: result.message })
    try {
      await householdRules.add(result.rule)
      setDraft(null)
      setError(null)
      setFailure(null)
      setNotice({ text: `Added the rule: ${ruleText(result.rule)}.` })
    } catch (cause) {
      setFailure(`The rule could not be saved: ${cause instanceof Error ? cause.message : cause}`)
    }
  }
  const remove = async (rule: HouseholdRule): Promise<void> => {
    const removed = await householdRules.remove(rule.id)
    if (removed) setNotice({ text: `Removed the rule: ${ruleText(rule)}.`, removed })
  }
  const undo = async (): Promise<void> => {
    if (!notice?.removed) return
    await householdRules.restore(notice.removed)
    setNotice({ text: `The rule is back: ${ruleText(notice.removed.rule)}.` })
  }

  return (
    <section className="household-rules" aria-labelledby={idFor('title')}>
      <h2 id={idFor('title')}>Household rules for the planner</h2>
      <p className="hint">
        Rules are aims the planner follows when it plans a week, such as fish twice a week or quick
        meals on weekdays. Each person&apos;s B12, energy and protein targets, diet and allergies
        come first; after planning, the plan page says which rules a week could not keep.
      </p>
      <StatusMessage
        message={notice?.text ?? null}
        focusKey={notice}
        onUndo={notice?.removed ? undo : undefined}
        undoLabel="Undo removing the rule"
        error={failure}
      />
      {rules === undefined ? <p role="status">Loading the rules…</p> : null}
      {rules && rules.length === 0 ? (
        <p>No rules yet. The planner then plans for variety and each person&apos;s targets only.</p>
      ) : null}
      {rules && rules.length > 0 ? (
        <ul className="rule-list" aria-label="Household rules">
          {rules.map((rule) => (
            <li key={rule.id}>
              <span>
                {ruleText(rule)} ({WEIGHT_LABELS[rule.weight]}).
              </span>{' '}
              {notForText(rule, people) ? (
                <span className="hint">{notForText(rule, people)}</span>
              ) : null}{' '}
              <button
                type="button"
                className="button button-secondary"
                onClick={() => void remove(rule)}
              >
                Remove <span className="visually-hidden">the rule: {ruleText(rule)}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {draft ? (
        <RuleForm
          draft={draft}
          error={error}
          idFor={idFor}
          typeRef={typeRef}
          onChange={update}
          onSave={() => void save()}
          onCancel={() => {
            setDraft(null)
            setError(null)
            setBackToAdd((n) => n + 1)
          }}
        />
      ) : (
        <button
          ref={addRef}
          type="button"
          className="button"
          onClick={() => {
            setNotice(null)
            setDraft(NEW_RULE_DRAFT)
          }}
        >
          Add a rule
        </button>
      )}
    </section>
  )
}

interface RuleFormProps {
  draft: RuleDraft
  error: { field: RuleField; message: string } | null
  idFor: (field: string) => string
  typeRef: Ref<HTMLSelectElement>
  onChange: (change: Partial<RuleDraft>) => void
  onSave: () => void
  onCancel: () => void
}

function RuleForm({ draft, error, idFor, typeRef, onChange, onSave, onCancel }: RuleFormProps) {
  const errorFor = (field: RuleField): string | undefined =>
    error?.field === field ? error.message : undefined
  const t = draft.type
  const counts = t === 'at-least' || t === 'at-most'
  const needsWord = (counts && draft.what === 'word') || t === 'on-day' || t === 'avoid'
  return (
    <form
      className="rule-form"
      aria-labelledby={idFor('form-title')}
      onSubmit={(event) => {
        event.preventDefault()
        onSave()
      }}
    >
      <h3 id={idFor('form-title')}>Add a rule</h3>
      <div className="form-field">
        <label htmlFor={idFor('type')}>Kind of rule</label>
        <select
          id={idFor('type')}
          ref={typeRef}
          value={t}
          onChange={(e) => onChange({ type: e.target.value as RuleDraft['type'] })}
        >
          {RULE_TEMPLATES.map((x) => (
            <option key={x.type} value={x.type}>
              {x.label}
            </option>
          ))}
        </select>
      </div>
      {counts ? (
        <div className="form-field">
          <label htmlFor={idFor('what')}>Meals with</label>
          <select
            id={idFor('what')}
            value={draft.what}
            onChange={(e) => onChange({ what: e.target.value as RuleDraft['what'] })}
          >
            <option value="fish">Fish or seafood</option>
            <option value="meat">Meat</option>
            <option value="word">A word in the recipe name</option>
          </select>
        </div>
      ) : null}
      {needsWord ? (
        <FormField
          id={idFor('word')}
          label={t === 'avoid' ? 'Food to avoid' : 'Word in the recipe name'}
          hint={
            t === 'avoid'
              ? 'An allergy word such as soy, milk or wheat covers every food of that group; another word is matched in food and recipe names.'
              : 'For example pizza, pasta or curry.'
          }
          error={errorFor('word')}
        >
          {(ids) => (
            <input
              {...ids}
              type="text"
              autoComplete="off"
              value={draft.word}
              onChange={(e) => onChange({ word: e.target.value })}
            />
          )}
        </FormField>
      ) : null}
      {counts ? (
        <FormField id={idFor('count')} label="Times a week" error={errorFor('count')}>
          {(ids) => (
            <input
              {...ids}
              inputMode="numeric"
              className="input-short"
              value={draft.count}
              onChange={(e) => onChange({ count: e.target.value })}
            />
          )}
        </FormField>
      ) : null}
      {t === 'on-day' ? (
        <div className="form-field">
          <label htmlFor={idFor('weekday')}>Day</label>
          <select
            id={idFor('weekday')}
            value={draft.weekday}
            onChange={(e) => onChange({ weekday: Number(e.target.value) as WeekdayIndex })}
          >
            {WEEKDAY_NAMES.map((name, i) => (
              <option key={name} value={i}>
                {name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {t === 'max-prep' ? (
        <>
          <FormField
            id={idFor('minutes')}
            label="Ready in at most (minutes)"
            error={errorFor('minutes')}
          >
            {(ids) => (
              <input
                {...ids}
                inputMode="numeric"
                className="input-short"
                value={draft.minutes}
                onChange={(e) => onChange({ minutes: e.target.value })}
              />
            )}
          </FormField>
          <div className="form-field">
            <label htmlFor={idFor('days')}>On</label>
            <select
              id={idFor('days')}
              value={draft.days}
              onChange={(e) => onChange({ days: e.target.value as RuleDraft['days'] })}
            >
              <option value="weekdays">Weekdays (Monday to Friday)</option>
              <option value="weekends">Weekends</option>
            </select>
          </div>
        </>
      ) : (
        <div className="form-field">
          <label htmlFor={idFor('slot')}>At which meal</label>
          <select
            id={idFor('slot')}
            value={draft.slot}
            onChange={(e) => onChange({ slot: e.target.value as MealSlot | '' })}
          >
            <option value="">Any meal</option>
            {MEAL_SLOTS.map((slot) => (
              <option key={slot} value={slot}>
                {slot.charAt(0).toUpperCase() + slot.slice(1)}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="form-field">
        <label htmlFor={idFor('weight')}>How much it matters</label>
        <select
          id={idFor('weight')}
          value={draft.weight}
          onChange={(e) => onChange({ weight: e.target.value as RuleDraft['weight'] })}
        >
          <option value="nice">Nice to have</option>
          <option value="important">Important</option>
        </select>
      </div>
      <div className="button-row">
        <button type="submit" className="button">
          Add the rule
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}
