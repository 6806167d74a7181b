/**
 * "Plan this week like another week": pick an earlier week, keep its days or move them round,
 * see whether that makes a meal repeat on two days running, and copy. Meals already planned this
 * week are replaced (locked ones stay); meals someone can no longer eat are left out. Undo is on
 * the status line the page shows after the copy.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { addDays } from '../../../core/dates'
import type { FoodRecord } from '../../../core/foods/types'
import {
  bestShift,
  DAY_SHIFTS,
  repeatWeek,
  shiftOptions,
  type DayShift,
  type RepeatWeekResult,
} from '../../../core/planning'
import type { PlannerPerson } from '../../../core/planning/person'
import type { FoodLookup } from '../../../core/planning/recipe-nutrition'
import type { PlanEntry, Recipe } from '../../../core/planning/types'
import { useServices } from '../../data'
import {
  repeatsSentence,
  shiftLabel,
  sourceWeekLabel,
  weeksWithMeals,
  WEEKS_BACK,
} from './repeat-week-text'

export interface RepeatWeekPanelProps {
  monday: string
  /** The people planned for on this page (babies under 1 are not). */
  people: readonly PlannerPerson[]
  /** This week's entries. */
  target: readonly PlanEntry[]
  recipes: ReadonlyMap<string, Recipe>
  foods: ReadonlyMap<string, FoodRecord>
  disabled: boolean
  onCopy(source: string, shift: DayShift, result: RepeatWeekResult): void
}

export function RepeatWeekPanel(props: RepeatWeekPanelProps) {
  const { plans, newId } = useServices()
  const [open, setOpen] = useState(false)
  const [earlier, setEarlier] = useState<PlanEntry[] | null>(null)
  const [source, setSource] = useState('')
  const [shift, setShift] = useState<DayShift | null>(null)
  const base = useId()
  const toggle = useRef<HTMLButtonElement>(null)
  const ids = useMemo(() => props.people.map((p) => p.id as string), [props.people])

  useEffect(() => {
    if (!open) return
    let live = true
    void plans
      .between(addDays(props.monday, -7 * WEEKS_BACK), addDays(props.monday, -1))
      .then((rows) => {
        if (live) setEarlier(rows)
      })
    return () => {
      live = false
    }
  }, [open, plans, props.monday])

  const weeks = useMemo(
    () => (earlier ? weeksWithMeals(earlier, props.monday, ids) : []),
    [earlier, props.monday, ids],
  )
  const from = weeks.includes(source) ? source : (weeks[0] ?? '')
  const options = useMemo(
    () =>
      earlier && from
        ? shiftOptions(
            {
              source: earlier,
              sourceMonday: from,
              targetMonday: props.monday,
              people: props.people,
              newId,
            },
            earlier,
          )
        : [],
    [earlier, from, props.monday, props.people, newId],
  )
  const chosen = shift ?? bestShift(options)
  const repeats = options.find((o) => o.shift === chosen)?.backToBack ?? 0

  const close = (): void => {
    setOpen(false)
    setShift(null)
    toggle.current?.focus()
  }
  const copy = (event: React.FormEvent): void => {
    event.preventDefault()
    if (!earlier || !from) return
    const result = repeatWeek(
      {
        source: earlier,
        sourceMonday: from,
        targetMonday: props.monday,
        shift: chosen,
        people: props.people,
        target: props.target,
        newId,
      },
      [...props.recipes.values()],
      props.foods as FoodLookup,
    )
    setOpen(false)
    setShift(null)
    // the page's status line (with Undo) takes focus next
    props.onCopy(from, chosen, result)
  }

  return (
    <div className="repeat-week no-print">
      <button
        ref={toggle}
        type="button"
        className="button button-secondary"
        aria-expanded={open}
        aria-controls={`${base}-panel`}
        disabled={props.disabled}
        onClick={() => (open ? close() : setOpen(true))}
      >
        Plan this week like another week
      </button>
      <div id={`${base}-panel`} hidden={!open} className="panel">
        {open && earlier === null ? <p role="status">Looking for earlier weeks…</p> : null}
        {open && earlier !== null && weeks.length === 0 ? (
          <p>
            None of the {WEEKS_BACK} weeks before this one has meals planned yet. Plan a week, and
            you can repeat it here.
          </p>
        ) : null}
        {open && weeks.length > 0 ? (
          <form onSubmit={copy} aria-labelledby={`${base}-title`}>
            <h3 id={`${base}-title`}>Plan this week like another week</h3>
            <div className="form-field">
              <label htmlFor={`${base}-source`}>Copy the meals of</label>
              <select
                id={`${base}-source`}
                value={from}
                onChange={(e) => {
                  setSource(e.target.value)
                  setShift(null)
                }}
              >
                {weeks.map((w) => (
                  <option key={w} value={w}>
                    {sourceWeekLabel(w, props.monday)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-field">
              <label htmlFor={`${base}-shift`}>On which days</label>
              <select
                id={`${base}-shift`}
                value={chosen}
                aria-describedby={`${base}-repeats`}
                onChange={(e) => setShift(Number(e.target.value) as DayShift)}
              >
                {DAY_SHIFTS.map((s) => (
                  <option key={s} value={s}>
                    {shiftLabel(s, props.monday)}
                  </option>
                ))}
              </select>
              <p className="hint" id={`${base}-repeats`}>
                {repeatsSentence(repeats)}
              </p>
            </div>
            <p>
              Meals already planned this week are replaced, except locked ones. Meals someone can no
              longer eat, because their diet or allergies have changed, are left out.
            </p>
            <div className="button-row">
              <button type="submit" className="button">
                Copy into this week
              </button>
              <button type="button" className="button button-secondary" onClick={close}>
                Cancel
              </button>
            </div>
          </form>
        ) : null}
      </div>
    </div>
  )
}
