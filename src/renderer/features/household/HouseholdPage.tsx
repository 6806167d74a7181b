import { useEffect, useId, useMemo, useState } from 'react'
import type { Person } from '../../../core/profiles/person'
import { useServices } from '../../data'
import { EmptyState } from '../../components/EmptyState'
import { PageHeading } from '../../components/PageHeading'
import { StatusMessage } from '../../components/StatusMessage'
import type { RemovedPerson } from '../../db/repos/profiles-repo'
import { useCatalogue } from '../../data'
import { draftFromPerson, newDraft } from './person-draft'
import { HouseholdRulesSection } from './HouseholdRulesSection'
import { MealsTogetherSection } from './MealsTogetherSection'
import { PersonForm } from './PersonForm'
import { personSummary, unlistedMedicinesNote } from './person-summary'
import { useHousehold } from '../../data'

type Editing = { mode: 'none' } | { mode: 'new'; id: string } | { mode: 'edit'; person: Person }

export function HouseholdPage() {
  const { profiles, clock, newId } = useServices()
  const people = useHousehold()
  const catalogue = useCatalogue()
  const [editing, setEditing] = useState<Editing>({ mode: 'none' })
  const [removed, setRemoved] = useState<RemovedPerson | null>(null)
  // A new object per notice, so the same text twice still takes focus.
  const [notice, setNoticeState] = useState<{ text: string } | null>(null)
  const setNotice = (text: string | null): void => setNoticeState(text === null ? null : { text })
  // Where focus goes back to when a form is cancelled: the button that opened it.
  const [returnFocusTo, setReturnFocusTo] = useState<{ id: string } | null>(null)
  const prefix = useId()
  const openerId = (key: string): string => `${prefix}-open-${key}`
  useEffect(() => {
    if (returnFocusTo) document.getElementById(returnFocusTo.id)?.focus()
  }, [returnFocusTo])
  const supplementChoices = useMemo(
    () =>
      catalogue.status === 'ready'
        ? [...catalogue.foods.values()]
            .filter((food) => food.kind === 'supplement')
            .sort((a, b) => a.name.localeCompare(b.name))
        : [],
    [catalogue],
  )

  const remove = async (person: Person): Promise<void> => {
    const result = await profiles.remove(person.id)
    if (result) {
      setRemoved(result)
      setNotice(null)
    }
  }
  const undo = async (): Promise<void> => {
    if (!removed) return
    await profiles.restore(removed)
    setNotice(`${removed.person.name} is back, with their planned meals.`)
    setRemoved(null)
  }

  return (
    <>
      <PageHeading
        title="Household"
        intro="The people you plan meals for, with what matters for their B12. Their details stay on this computer."
      />
      <StatusMessage
        message={
          removed
            ? `Removed ${removed.person.name}${removed.planEntries.length > 0 ? ` and ${removed.planEntries.length} planned meals` : ''}.`
            : (notice?.text ?? null)
        }
        focusKey={removed ?? notice}
        onUndo={removed ? undo : undefined}
      />
      {people === undefined ? <p role="status">Loading the household…</p> : null}
      {people && people.length === 0 && editing.mode === 'none' ? (
        <EmptyState
          title="No people added yet"
          action={
            <button
              id={openerId('add')}
              type="button"
              className="button"
              onClick={() => setEditing({ mode: 'new', id: newId() })}
            >
              Add a person
            </button>
          }
        >
          <p>
            Each person gets their own B12 target, based on age, diet, pregnancy, medicines and
            health conditions.
          </p>
        </EmptyState>
      ) : null}
      {people && people.length > 0 ? (
        <ul className="people-list" aria-label="People in the household">
          {people.map((person) => (
            <li key={person.id} className="person-card">
              <h2>{person.name}</h2>
              <p>{personSummary(person, clock.today())}</p>
              {unlistedMedicinesNote(person) ? (
                <p className="hint">{unlistedMedicinesNote(person)}</p>
              ) : null}
              <div className="button-row">
                <button
                  id={openerId(person.id)}
                  type="button"
                  className="button"
                  onClick={() => setEditing({ mode: 'edit', person })}
                >
                  Edit {person.name}
                </button>
                <a
                  className="button button-secondary"
                  href={`#/advice?person=${encodeURIComponent(person.id)}`}
                >
                  Advice for {person.name}
                </a>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => void remove(person)}
                >
                  Remove {person.name}
                </button>
              </div>
            </li>
          ))}
        </ul>
      ) : null}
      {editing.mode === 'none' && people && people.length > 0 ? (
        <button
          id={openerId('add')}
          type="button"
          className="button"
          onClick={() => setEditing({ mode: 'new', id: newId() })}
        >
          Add a person
        </button>
      ) : null}
      {editing.mode !== 'none' ? (
        <PersonForm
          key={editing.mode === 'new' ? editing.id : editing.person.id}
          initial={editing.mode === 'new' ? newDraft(editing.id) : draftFromPerson(editing.person)}
          isNew={editing.mode === 'new'}
          supplementChoices={supplementChoices}
          onSaved={(person) => {
            setEditing({ mode: 'none' })
            setNotice(`Saved ${person.name}.`)
          }}
          onCancel={() => {
            setEditing({ mode: 'none' })
            setReturnFocusTo({ id: openerId(editing.mode === 'edit' ? editing.person.id : 'add') })
          }}
        />
      ) : null}
      {people && people.length > 0 && editing.mode === 'none' ? <HouseholdRulesSection /> : null}
      {editing.mode === 'none' ? <MealsTogetherSection people={people ?? []} /> : null}
    </>
  )
}
