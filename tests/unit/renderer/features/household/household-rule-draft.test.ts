import { describe, expect, it } from 'vitest'
import {
  NEW_RULE_DRAFT,
  ruleFromDraft,
  type RuleDraft,
} from '../../../../../src/renderer/features/household/household-rule-draft'

const draft = (change: Partial<RuleDraft>): RuleDraft => ({ ...NEW_RULE_DRAFT, ...change })

describe('ruleFromDraft', () => {
  it.each([
    [{}, { type: 'at-least', count: 2, what: { kind: 'fish' }, weight: 'nice' }],
    [
      { type: 'at-most', what: 'meat', count: '3', slot: 'dinner', weight: 'important' },
      { type: 'at-most', count: 3, what: { kind: 'meat' }, slot: 'dinner', weight: 'important' },
    ],
    [
      { type: 'on-day', word: '  pizza ', weekday: 4 },
      { type: 'on-day', word: 'pizza', weekday: 4, weight: 'nice' },
    ],
    [
      { type: 'avoid', word: 'soy', slot: 'breakfast' },
      { type: 'avoid', avoid: 'soy', slot: 'breakfast', weight: 'nice' },
    ],
    [
      { type: 'max-prep', minutes: '20', days: 'weekends' },
      { type: 'max-prep', minutes: 20, days: 'weekends', weight: 'nice' },
    ],
  ] as [Partial<RuleDraft>, object][])('%j', (change, rule) => {
    expect(ruleFromDraft(draft(change), 'id1')).toEqual({ ok: true, rule: { id: 'id1', ...rule } })
  })

  it.each([
    [{ count: '0' }, 'count'],
    [{ count: '2.5' }, 'count'],
    [{ count: '29' }, 'count'],
    [{ type: 'at-most', count: '' }, 'count'],
    [{ what: 'word', word: ' ' }, 'word'],
    [{ type: 'avoid', word: '' }, 'word'],
    [{ type: 'on-day', word: 'x'.repeat(41) }, 'word'],
    [{ type: 'max-prep', minutes: '0' }, 'minutes'],
  ] as [Partial<RuleDraft>, string][])('refuses %j at the field %s', (change, field) => {
    expect(ruleFromDraft(draft(change), 'id1')).toMatchObject({ ok: false, field })
  })
})
