import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  allowedEdits,
  LOOK_ALIKES,
  matchMedication,
  MEDICINES,
  recogniseMedication,
  type MedicineRecognition,
} from '../../../../src/core/b12'
import { boundedEditDistance, tokenize } from '../../../../src/core/b12/text-match'

const kindOf = (text: string): MedicineRecognition['kind'] => recogniseMedication(text).kind

describe('recogniseMedication: typos are offered, never saved on a guess (issue 12)', () => {
  it.each([
    // the list
    ['metfromin', 'metformin', 'metformin'],
    ['metfomin', 'metformin', 'metformin'],
    ['metformine', 'metformin', 'metformin'],
    ['omeprazol', 'ppi', 'omeprazole'],
    ['esomeprazol', 'ppi', 'esomeprazole'],
    ['pantoprazol', 'ppi', 'pantoprazole'],
    // one per class, and strengths, forms and reasons around the name
    ['metfromin 500mg tablets twice daily', 'metformin', 'metformin'],
    ['metfromin for diabetes', 'metformin', 'metformin'],
    ['metfromin XR', 'metformin', 'metformin'],
    ['Glucophag XR', 'metformin', 'Glucophage XR'],
    ['Janumett', 'metformin', 'Janumet'],
    ['lansoprazol', 'ppi', 'lansoprazole'],
    ['rabeprazol', 'ppi', 'rabeprazole'],
    ['Prilosek', 'ppi', 'Prilosec'],
    ['Nexum', 'ppi', 'Nexium'],
    ['omeprazol for reflux', 'ppi', 'omeprazole'],
    ['famotadine', 'h2ra', 'famotidine'],
    ['cimetadine', 'h2ra', 'cimetidine'],
    ['Pepcdi', 'h2ra', 'Pepcid'],
    ['colchicin', 'colchicine', 'colchicine'],
    ['phenobarbitol', 'phenobarbital', 'phenobarbital'],
    ['primadone', 'primidone', 'primidone'],
    ['pregabaline', 'pregabalin', 'pregabalin'],
    ['topiramat', 'topiramate', 'topiramate'],
    ['chloramphenicole', 'chloramphenicol', 'chloramphenicol'],
    ['nitrus oxide', 'nitrous_oxide_recreational', 'nitrous oxide'],
  ])('%j → "Did you mean %s / %s?"', (text, cls, name) => {
    const result = recogniseMedication(text)
    expect(result.kind).toBe('typo')
    if (result.kind !== 'typo') return
    expect(result.match.class).toBe(cls)
    expect(result.name).toBe(name)
    // a typo is never an exact match: nothing is saved until the person accepts
    expect(matchMedication(text)).toBeNull()
  })

  it.each([
    ['GlucophageXR', 'metformin', 'Glucophage XR'],
    ['glucophagexr 500mg', 'metformin', 'Glucophage XR'],
    ['NexiumControl', 'ppi', 'Nexium Control'],
    ['Nexium20mg', 'ppi', 'Nexium'],
    ['Glucophage500', 'metformin', 'Glucophage'],
    ['Zantac360', 'h2ra', 'Zantac 360'],
    ['PepcidAC', 'h2ra', 'Pepcid AC'],
  ])(
    'run-together or glued strength %j is the same letters: exact, %s (%s)',
    (text, cls, brand) => {
      const result = recogniseMedication(text)
      expect(result).toEqual({
        kind: 'exact',
        match: expect.objectContaining({ class: cls, brand }) as unknown,
      })
      expect(matchMedication(text)?.brand).toBe(brand)
    },
  )

  it.each([
    ['esomeprazole', 'esomeprazole'], // two edits from omeprazole: the exact name wins
    ['omeprazole', 'omeprazole'],
    ['Zantac', 'ranitidine'],
    ['Zantac 360', 'famotidine'],
    ['Axid', 'nizatidine'],
    ['nos', 'nitrous oxide'],
    ['N2O', 'nitrous oxide'],
  ])('an exact name always wins over a near one: %j → %s', (text, generic) => {
    const result = recogniseMedication(text)
    expect(result.kind).toBe('exact')
    expect(result.kind === 'exact' && result.match.generic).toBe(generic)
  })

  it.each([
    // the look-alikes
    'metoprolol',
    'metronidazole',
    'Januvia',
    'Invokana',
    'gabapentin',
    // more, each near a listed name
    'metoclopramide',
    'mesalazine',
    'famciclovir',
    'colestyramine',
    'pravastatin',
    'methotrexate',
    'tizanidine',
    'Protopic',
    'Lumigan',
    'pentobarbital',
    'Fosamax',
    'Jardiance',
    'Glucotrol',
    'Prozac',
    'Lasix',
    'aripiprazole',
    'clonidine',
    'nitrofurantoin',
    // everyday words near short names
    'acid',
    'folic acid',
    'nose',
    'nose spray',
    'vitamin b12',
    'cod liver oil',
    'blood pressure tablet',
    'insulin glargine',
    'aspirin',
  ])("%j stays unmatched: not in the app's list", (text) => {
    expect(recogniseMedication(text)).toEqual({ kind: 'unknown' })
  })
})

describe('each guard against a wrong offer (the test fails if the guard is removed)', () => {
  it('names of 4 letters or fewer match exactly only: "Axd", "acid" are not Axid', () => {
    expect(allowedEdits(4)).toBe(0)
    expect(kindOf('Axd')).toBe('unknown')
    expect(kindOf('acid')).toBe('unknown')
  })

  it.each([
    [5, 1],
    [6, 1],
    [7, 2],
    [16, 2],
  ])('a name of %i letters allows %i edit(s)', (length, edits) => {
    expect(allowedEdits(length)).toBe(edits)
  })

  it('the first letter must agree: Fosamax is two edits from Topamax, tizanidine from nizatidine', () => {
    expect(boundedEditDistance('fosamax', 'topamax', 2)).toBe(2)
    expect(kindOf('Fosamax')).toBe('unknown')
    expect(boundedEditDistance('tizanidine', 'nizatidine', 2)).toBe(2)
    expect(kindOf('tizanidine')).toBe('unknown')
  })

  it.each([
    ['Protopik', 'Protopic', 'Protonix'],
    ['Lumigal', 'Lumigan', 'Luminal'],
    ['phentobarbital', 'pentobarbital', 'phenobarbital'],
  ])(
    'a text at least as near to another medicine is not offered: %j (%s, not %s)',
    (text, other, ours) => {
      expect(LOOK_ALIKES).toContain(other)
      expect(kindOf(text)).toBe('unknown')
      expect(
        boundedEditDistance(tokenize(text).join(''), tokenize(ours).join(''), 2),
      ).toBeLessThanOrEqual(2)
    },
  )

  it('only filler words may surround a near-name', () => {
    expect(kindOf('metfromin 500 mg tablets twice daily for diabetes')).toBe('typo')
    expect(kindOf('metfromin or insulin')).toBe('unknown')
    expect(kindOf('colchicin from my gout clinic')).toBe('unknown')
  })
})

describe('the list stays recognisable', () => {
  const names = MEDICINES.flatMap((m) => [m.generic, ...(m.aliases ?? []), ...m.brands])

  it('recognises every listed name exactly, in any case', () => {
    for (const name of names) {
      expect(recogniseMedication(name).kind, name).toBe('exact')
      expect(recogniseMedication(name.toUpperCase()).kind, name).toBe('exact')
    }
  })

  it('never takes a look-alike for one of ours', () => {
    for (const name of LOOK_ALIKES)
      expect(recogniseMedication(name), name).toEqual({ kind: 'unknown' })
  })

  it('offers the right class back for a dropped letter in any listed name of 7+ letters', () => {
    for (const m of MEDICINES) {
      for (const name of [m.generic, ...(m.aliases ?? []), ...m.brands]) {
        const word = tokenize(name).join('')
        if (word.length < 7 || /\d/.test(word)) continue
        const typo = word.slice(0, 3) + word.slice(4)
        const result = recogniseMedication(typo)
        expect(result.kind === 'unknown' ? null : result.match.class, `${name} → ${typo}`).toBe(
          m.class,
        )
      }
    }
  })
})

/** The textbook optimal-string-alignment distance, full matrix, no cut-off. */
function referenceDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!
      const up = d[i - 1]!
      row[j] = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1)
    }
  }
  return d[a.length]![b.length]!
}

describe('boundedEditDistance', () => {
  it.each([
    ['metfromin', 'metformin', 1], // a swap of neighbours is one edit
    ['metfomin', 'metformin', 1],
    ['metformine', 'metformin', 1],
    ['omeprazol', 'omeprazole', 1],
    ['esomeprazole', 'omeprazole', 2],
    ['januvia', 'janumet', 3],
    ['', 'abc', 3],
    ['same', 'same', 0],
  ])('%s ↔ %s = %i', (a, b, expected) => {
    expect(boundedEditDistance(a, b, 5)).toBe(expected)
    expect(boundedEditDistance(b, a, 5)).toBe(expected)
  })

  it('agrees with the full-matrix distance up to the bound, and says max + 1 beyond it', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 9 })
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const full = referenceDistance(a, b)
        expect(boundedEditDistance(a, b, max)).toBe(Math.min(full, max + 1))
      }),
      { numRuns: 2000 },
    )
  })
})
