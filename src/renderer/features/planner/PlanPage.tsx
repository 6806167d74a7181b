import { useLiveQuery } from 'dexie-react-hooks'
import { useMemo, useState } from 'react'
import { dailyCoverage, type WeekCoverage } from '../../../core/coverage/daily'
import type { MealSlot, PlanEntry } from '../../../core/planning/types'
import { isIsoDate, mondayOf, weekOf } from '../../../core/dates'
import { useHashParam } from '../../app/use-hash-param'
import { useServices } from '../../data'
import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'
import { StatusMessage } from '../../components/StatusMessage'
import { WeekNavigator } from '../../components/WeekNavigator'
import { assessPerson, type PersonAssessment } from '../../data'
import { WhatWouldChange } from '../advice'
import { CatalogueStatus } from '../foods'
import { useCatalogue } from '../../data'
import { useHousehold } from '../../data'
import { useSettings } from '../../data'
import { dailyTargets } from '../../../core/planning/person'
import { plannerPersonFor } from '../../../core/profiles/to-assessment'
import { DaySection } from './DaySection'
import { GeneratePanel } from './GeneratePanel'
import { InfantNotice } from './InfantNotice'
import { SharingSummary } from './SharingSummary'
import type { MoveChoice } from './MoveForm'
import { copyDay, copyEntry, entriesOfDay, moveEntry } from './plan-actions'
import { RepeatWeekPanel } from './RepeatWeekPanel'
import { repeatDoneLabel } from './repeat-week-text'
import { splitPlannedPeople } from './planned-people'
import { useGenerate } from './use-generate'
import { usePlanEdits } from './use-plan-edits'
import { dayTitle, weekTitle } from './week-text'

export function PlanPage() {
  const { plans, clock, newId } = useServices()
  const people = useHousehold()
  const catalogue = useCatalogue()
  // "#/plan?week=2026-03-09" (from the shopping list's "Plan the week of …") opens that week.
  const weekParam = useHashParam('week')
  const [monday, setMonday] = useState(() =>
    mondayOf(weekParam && isIsoDate(weekParam) ? weekParam : clock.today()),
  )
  const [who, setWho] = useState('all')
  const dates = useMemo(() => weekOf(monday), [monday])
  const entries = useLiveQuery(
    () => plans.between(dates[0] ?? monday, dates[6] ?? monday),
    [plans, dates, monday],
  )
  const edits = usePlanEdits()
  const generate = useGenerate()
  const shown = useMemo(
    () => (people ?? []).filter((p) => who === 'all' || p.id === who),
    [people, who],
  )
  // Babies under 1 are shown with an explanation, never planned for (reference §6a.3).
  const split = useMemo(() => splitPlannedPeople(shown, clock.today()), [shown, clock])
  const unplannedIds = useMemo(() => new Set(split.unplanned.map((p) => p.id)), [split])
  const ready = catalogue.status === 'ready' ? catalogue : null
  const library = useMemo(
    () => (ready ? { foods: ready.foods, recipes: ready.recipes } : null),
    [ready],
  )

  const assessed = useMemo(() => {
    const coverage = new Map<string, WeekCoverage>()
    const results = new Map<string, PersonAssessment>()
    if (!library || !entries) return { coverage, results }
    for (const person of shown) {
      const result = assessPerson(
        person,
        entries,
        dates,
        library.foods,
        clock.today(),
        library.recipes,
      )
      results.set(person.id, result)
      // Day summaries only where meals are planned this week: a usual week or unknown intake
      // says nothing about a given day of the plan (reference §6a.2).
      if (result.basis === 'planned' && result.events)
        coverage.set(person.id, dailyCoverage(result.events, dates, result.assessment))
    }
    return { coverage, results }
  }, [library, entries, shown, dates, clock])
  const coverage = assessed.coverage
  const { settings } = useSettings()
  const targets = useMemo(() => {
    const found = (id: string) => library?.foods.get(id)
    return new Map(
      split.planned.map((p) => [p.id, dailyTargets(plannerPersonFor(p, clock.today(), found))]),
    )
  }, [split, library, clock])
  const shortOfB12 =
    generate.state.status === 'done'
      ? shown.filter(
          (p) =>
            generate.state.status === 'done' &&
            generate.state.infeasibilities.some(
              (miss) => miss.profileId === p.id && miss.code.startsWith('B12'),
            ),
        )
      : []

  if (people && people.length === 0) {
    return (
      <>
        <PageHeading
          title="Weekly plan"
          intro="Breakfast, lunch, dinner and snacks for each person, with the B12 each day gives."
        />
        <EmptyState
          title="No meals planned yet"
          action={
            <a className="button" href="#/household">
              Add people to your household
            </a>
          }
        >
          <p>
            Your week will appear here as days and meals. Start by adding the people you plan for on
            the Household page. Then you can add meals yourself or let the app suggest a whole week
            that meets everyone&apos;s B12 needs.
          </p>
        </EmptyState>
      </>
    )
  }

  const all = entries ?? []
  const shownIds = shown.map((p) => p.id)
  const plannedIds = split.planned.map((p) => p.id)
  const plannerPeople = library
    ? split.planned.map((p) => plannerPersonFor(p, clock.today(), (id) => library.foods.get(id)))
    : []
  const weekEntries = all.filter((e) => shownIds.includes(e.profileId))
  const busy = generate.state.status === 'running'
  const runGenerate = (
    scope: Parameters<typeof generate.run>[0]['scope'],
    fresh: boolean,
  ): void => {
    if (!library) return
    void generate.run(
      {
        people: shown,
        monday,
        existing: weekEntries,
        recipes: library.recipes,
        foods: library.foods,
        scope,
      },
      fresh,
    )
  }
  const onMove = (entry: PlanEntry, choice: MoveChoice): void => {
    const target = {
      date: choice.date,
      slot: choice.slot,
      profileId: choice.profileId as PlanEntry['profileId'],
    }
    if (choice.copy)
      void edits.apply(`Copied to ${dayTitle(choice.date)}`, [], [copyEntry(entry, target, newId)])
    else void edits.apply(`Moved to ${dayTitle(choice.date)}`, [entry], [moveEntry(entry, target)])
  }
  const onDropEntry = (
    entryId: string,
    target: { date: string; slot: MealSlot; profileId: string },
    copy: boolean,
  ): void => {
    const entry = all.find((e) => e.id === entryId)
    if (entry) onMove(entry, { ...target, copy })
  }

  return (
    <>
      <PageHeading
        title="Weekly plan"
        intro="Breakfast, lunch, dinner and snacks for each person, with the B12 each day gives."
      />
      <CatalogueStatus state={catalogue} />
      <div className="plan-toolbar no-print">
        <div className="form-field">
          <label htmlFor="plan-who">Show</label>
          <select id="plan-who" value={who} onChange={(event) => setWho(event.target.value)}>
            <option value="all">Everyone</option>
            {(people ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
        <WeekNavigator
          monday={monday}
          thisMonday={mondayOf(clock.today())}
          onChange={(next) => {
            setMonday(next)
            // a finished generation's message (and its Undo) belongs to the week it planned
            if (generate.state.status !== 'running') generate.dismiss()
          }}
        />
      </div>
      <h2 id="plan-week-title" className="week-title" tabIndex={-1}>
        {weekTitle(monday)}
      </h2>
      <GeneratePanel
        state={generate.state}
        names={new Map(shown.map((p) => [p.id, p.name]))}
        canGenerate={Boolean(library) && split.planned.length > 0}
        noOneToPlan={split.planned.length === 0 && split.unplanned.length > 0}
        onGenerate={(fresh) => runGenerate({ kind: 'week' }, fresh)}
        onCancel={generate.cancel}
        onUndo={generate.undo}
        onDismiss={generate.dismiss}
      />
      {library
        ? shortOfB12.map((person) => {
            const result = assessed.results.get(person.id)
            return result ? (
              <WhatWouldChange
                key={person.id}
                person={person}
                result={result}
                foods={library.foods}
                headingSuffix={` for ${person.name}`}
              />
            ) : null
          })
        : null}
      <InfantNotice babies={split.unplanned} />
      <SharingSummary people={shown} entries={weekEntries} library={library} />
      {split.planned.length > 0 && library ? (
        <RepeatWeekPanel
          monday={monday}
          people={plannerPeople}
          target={all}
          recipes={library.recipes}
          foods={library.foods}
          disabled={busy}
          onCopy={(source, shift, result) =>
            void edits.apply(
              repeatDoneLabel(source, shift, result, new Map(shown.map((p) => [p.id, p.name]))),
              result.remove,
              result.add,
            )
          }
        />
      ) : null}
      {/* A moved, copied or removed meal's control has gone: focus goes to Undo, not the body. */}
      <StatusMessage
        message={edits.undo ? `${edits.undo.label}.` : null}
        focusKey={edits.undo}
        onUndo={edits.revert}
        error={edits.error}
      />
      {library && ready && entries ? (
        <div className="week-grid">
          {dates.map((date, dayIndex) => (
            <DaySection
              key={date}
              date={date}
              dayIndex={dayIndex}
              people={shown}
              unplanned={unplannedIds}
              entries={weekEntries}
              coverage={coverage}
              library={library}
              targets={targets}
              units={settings.units}
              search={ready.search}
              dates={dates}
              newId={newId}
              busy={busy}
              onReplace={(label, before, after) => void edits.apply(label, before, after)}
              onMove={onMove}
              onDropEntry={onDropEntry}
              onRegenerateDay={(d) => runGenerate({ kind: 'day', date: d }, true)}
              onRegenerateMeal={(d, slot, profileId) =>
                runGenerate(
                  { kind: 'meal', date: d, slot, profileId: profileId as PlanEntry['profileId'] },
                  true,
                )
              }
              onCopyDay={(from, to) =>
                void edits.apply(
                  `Copied ${dayTitle(from)} to ${dayTitle(to)}`,
                  [],
                  copyDay(all, from, to, plannedIds, newId),
                )
              }
              onClearDay={(d) =>
                void edits.apply(`Cleared ${dayTitle(d)}`, entriesOfDay(all, d, shownIds), [])
              }
            />
          ))}
        </div>
      ) : (
        <p role="status">Loading the plan…</p>
      )}
    </>
  )
}
