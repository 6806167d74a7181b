import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import type { Infeasibility } from '../../../../../src/core/planning/infeasibility'
import type { RuleReport } from '../../../../../src/core/planning/check-household-rules'
import type { HouseholdRule } from '../../../../../src/core/planning/household-rules'
import { profileId, recipeId } from '../../../../../src/core/planning/types'
import { weekDates } from '../../../../../src/core/planning/week-context'
import {
  GeneratePanel,
  type GeneratePanelProps,
} from '../../../../../src/renderer/features/planner/GeneratePanel'

const base: GeneratePanelProps = {
  state: { status: 'idle' },
  names: new Map([['p1', 'Ana']]),
  canGenerate: true,
  noOneToPlan: false,
  onGenerate: () => {},
  onCancel: () => {},
  onUndo: async () => {},
  onDismiss: () => {},
}
const done: GeneratePanelProps['state'] = {
  status: 'done',
  infeasibilities: [],
  previous: [],
  added: [],
  fallbacks: 0,
  skipped: [],
}

describe('GeneratePanel outcome (the one StatusMessage)', () => {
  it('after a generated week, focus is on "Undo the new plan" in the status; a failing undo is reported', async () => {
    const user = userEvent.setup()
    const { rerender } = render(<GeneratePanel {...base} />)
    rerender(
      <GeneratePanel
        {...base}
        state={done}
        onUndo={() => Promise.reject(new Error('disk full'))}
      />,
    )
    expect(screen.getByRole('status')).toHaveTextContent(
      "Done: every day meets everyone's targets.",
    )
    const undo = screen.getByRole('button', { name: 'Undo the new plan' })
    expect(undo).toHaveFocus()
    await user.click(undo)
    expect(screen.getByRole('alert')).toHaveTextContent(
      'That could not be undone, so nothing was changed: disk full',
    )
    expect(undo).toHaveFocus()
  })

  it('a cancelled run is announced and focused, so focus does not drop to the body', () => {
    const { rerender } = render(
      <GeneratePanel
        {...base}
        state={{
          status: 'running',
          progress: { done: 1, total: 7 },
          scope: { kind: 'week' },
          skipped: [],
        }}
      />,
    )
    expect(screen.getByRole('button', { name: 'Cancel' })).toHaveFocus()
    rerender(<GeneratePanel {...base} state={{ status: 'cancelled' }} />)
    expect(screen.getByText('Planning was cancelled. Nothing was changed.')).toHaveFocus()
    expect(document.activeElement).not.toBe(document.body)
  })
})

describe('GeneratePanel shortfalls: each cause once, in plain words', () => {
  const week = weekDates('2026-11-16')
  const ana = profileId('p1')
  const ben = profileId('p2')
  const misses: Infeasibility[] = [
    // Ana: energy short every day, B12 short on Monday and Tuesday.
    ...week.map((date, i): Infeasibility => ({
      code: 'ENERGY_LOW',
      profileId: ana,
      date,
      achieved: 1450 + 25 * i,
      target: 1800,
      unit: 'kcal',
      diet: 'vegan',
    })),
    ...week.slice(0, 2).map((date): Infeasibility => ({
      code: 'B12_ABSORBED_SHORT',
      profileId: ana,
      date,
      achieved: 0.4,
      target: 1.2,
      unit: 'µg',
      diet: 'vegan',
    })),
    // Ben (omnivore): protein short on Wednesday only.
    {
      code: 'PROTEIN_LOW',
      profileId: ben,
      date: week[2]!,
      achieved: 48,
      target: 60,
      unit: 'g',
      diet: 'omnivore',
    },
  ]
  const names = new Map([
    ['p1', 'Ana'],
    ['p2', 'Ben'],
  ])

  it('shows one line per cause under the status message, and the B12 line links to Advice', () => {
    render(<GeneratePanel {...base} names={names} state={{ ...done, infeasibilities: misses }} />)
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent('Done, but some targets could not be met:')
    const lines = within(status).getAllByRole('listitem')
    expect(lines.map((li) => li.textContent)).toEqual([
      expect.stringMatching(
        /^On Monday and Tuesday, the vegan recipes in the library could not give Ana enough B12: the target is 1\.2 µg absorbed a day; the planned meals give an estimated 0\.4 µg\. What can close this gap depends on the person\. See Ana's advice/,
      ),
      'Every day, the vegan recipes in the library could not give Ana enough energy: the target is at least 1,800 kcal a day; the planned meals give 1,450–1,600 kcal. Adding recipes, or larger servings by hand, may help.',
      'On Wednesday, the recipes in the library could not give Ben enough protein: the target is at least 60 g a day; the planned meals give 48 g. Adding recipes with more protein may help.',
    ])
    expect(within(lines[0]!).getByRole('link', { name: "See Ana's advice" })).toHaveAttribute(
      'href',
      '#/advice?person=p1',
    )
    expect(lines[0]).toHaveTextContent(/Source of the target: Institute of Medicine/)
    expect(within(lines[1]!).queryByRole('link')).toBeNull()
    expect(within(lines[2]!).queryByRole('link')).toBeNull()
    expect(status).not.toHaveTextContent(/available/)
    // Focus still goes to the outcome's Undo, as with a week that meets every target.
    expect(screen.getByRole('button', { name: 'Undo the new plan' })).toHaveFocus()
  })
})

describe('GeneratePanel household rules and variety', () => {
  const week = weekDates('2026-11-16')
  const fish: HouseholdRule = {
    id: 'f',
    type: 'at-least',
    count: 2,
    what: { kind: 'fish' },
    weight: 'important',
  }
  const rules: RuleReport = {
    misses: [
      {
        kind: 'rule',
        profileId: profileId('p2'),
        rule: fish,
        have: 1,
        asked: 2,
        dates: [week[2]!],
      },
      {
        kind: 'variety',
        profileId: profileId('p2'),
        overused: [{ recipeId: recipeId('dahl'), name: 'Red lentil dahl', uses: 3 }],
      },
    ],
    notApplied: [{ profileId: profileId('p1'), rule: fish, diet: 'vegan', reason: 'diet' }],
  }
  const names = new Map([
    ['p1', 'Ana'],
    ['p2', 'Ben'],
  ])

  it('lists each broken rule once with its numbers, and who a rule is not for; targets met is still said', () => {
    render(<GeneratePanel {...base} names={names} state={{ ...done, rules }} />)
    const status = screen.getByRole('status')
    expect(status).toHaveTextContent("Done: every day meets everyone's targets.")
    const list = within(status).getByRole('list', { name: 'Household rules and variety' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      "Fish or seafood at least twice a week (important): Ben's week has fish or seafood at 1 of the 2 meals asked for (Wednesday).",
      "Variety: Ben's week has Red lentil dahl 3 times; the aim is each recipe at most twice a week.",
      'Fish or seafood at least twice a week is not for Ana: a vegan diet has no fish or seafood.',
    ])
    expect(screen.getByRole('button', { name: 'Undo the new plan' })).toHaveFocus()
  })

  it('shows no rules list when every rule is kept', () => {
    render(<GeneratePanel {...base} state={{ ...done, rules: { misses: [], notApplied: [] } }} />)
    expect(screen.queryByRole('list', { name: 'Household rules and variety' })).toBeNull()
  })
})
