import { useState, type DragEvent } from 'react'
import type { FoodSearch } from '../../../core/foods/search'
import type { MealSlot, PlanEntry } from '../../../core/planning/types'
import type { Person } from '../../../core/profiles/person'
import type { UnitSystem } from '../../../core/shopping'
import { slotLabel } from '../../../core/profiles/person'
import { AddEntryForm } from './AddEntryForm'
import { EntryItem } from './EntryItem'
import type { PlanLibrary } from './entry-text'
import type { MoveChoice } from './MoveForm'

export interface SlotCellProps {
  person: Person
  date: string
  slot: MealSlot
  entries: PlanEntry[]
  library: PlanLibrary
  search: FoodSearch
  dates: string[]
  people: { id: string; name: string }[]
  headingLevel: 3 | 4
  /** The app's units setting, for the grams of a meal. */
  units: UnitSystem
  newId: () => string
  onReplace: (label: string, before: PlanEntry[], after: PlanEntry[]) => void
  onMove: (entry: PlanEntry, choice: MoveChoice) => void
  /** Drag and drop: an entry id dropped here; copy when Ctrl (or Alt) was held. */
  onDropEntry: (
    entryId: string,
    target: { date: string; slot: MealSlot; profileId: string },
    copy: boolean,
  ) => void
  onRegenerateMeal: (date: string, slot: MealSlot, profileId: string) => void
  busy: boolean
}

export function SlotCell(props: SlotCellProps) {
  const {
    person,
    date,
    slot,
    entries,
    library,
    search,
    dates,
    people,
    headingLevel,
    newId,
    onReplace,
    onMove,
    onDropEntry,
    busy,
  } = props
  const [adding, setAdding] = useState(false)
  const [over, setOver] = useState(false)
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const onDragOver = (event: DragEvent): void => {
    if (!event.dataTransfer.types.includes('application/x-b12-entry')) return
    event.preventDefault()
    event.dataTransfer.dropEffect = event.ctrlKey || event.altKey ? 'copy' : 'move'
    setOver(true)
  }
  const onDrop = (event: DragEvent): void => {
    event.preventDefault()
    setOver(false)
    const id = event.dataTransfer.getData('application/x-b12-entry')
    if (id) onDropEntry(id, { date, slot, profileId: person.id }, event.ctrlKey || event.altKey)
  }
  return (
    <div
      className={over ? 'slot slot-over' : 'slot'}
      onDragOver={onDragOver}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-slot={`${date}-${slot}-${person.id}`}
    >
      <Heading className="slot-title">{slotLabel(slot)}</Heading>
      {entries.length === 0 ? <p className="slot-empty">Nothing planned.</p> : null}
      <ul className="plain-list entry-list">
        {entries.map((entry) => (
          <EntryItem
            key={entry.id}
            entry={entry}
            library={library}
            dates={dates}
            people={people}
            onReplace={onReplace}
            onMove={onMove}
            personName={person.name}
            units={props.units}
            recipeHeadingLevel={headingLevel === 3 ? 4 : 5}
          />
        ))}
      </ul>
      {adding ? (
        <AddEntryForm
          person={person}
          date={date}
          slot={slot}
          library={library}
          search={search}
          newId={newId}
          onAdd={(entry) => {
            onReplace(`Added to ${slotLabel(slot).toLowerCase()}`, [], [entry])
            setAdding(false)
          }}
          onCancel={() => setAdding(false)}
        />
      ) : (
        <div className="entry-actions">
          <button type="button" className="button button-small" onClick={() => setAdding(true)}>
            Add
            <span className="visually-hidden">
              {' '}
              to {person.name}&apos;s {slotLabel(slot).toLowerCase()} on {date}
            </span>
          </button>
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={busy}
            onClick={() => props.onRegenerateMeal(date, slot, person.id)}
          >
            Suggest another
            <span className="visually-hidden">
              {' '}
              {slotLabel(slot).toLowerCase()} for {person.name} on {date}
            </span>
          </button>
        </div>
      )}
    </div>
  )
}
