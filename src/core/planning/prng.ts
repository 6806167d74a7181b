/**
 * Seeded pseudo-random numbers for the generator (core never calls Math.random): mulberry32,
 * a 32-bit generator with good statistical quality for perturbing an objective.
 */

/** A function returning uniform numbers in [0, 1), reproducible for its seed. */
export type Random = () => number

/** mulberry32 seeded with the low 32 bits of `seed`. Same seed, same sequence. */
export function mulberry32(seed: number): Random {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A 32-bit hash (FNV-1a) of strings and numbers, to derive independent seeds per day and person. */
export function hashSeed(...parts: readonly (string | number)[]): number {
  let h = 0x811c9dc5
  for (const part of parts) {
    const s = `${part}|`
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i)
      h = Math.imul(h, 0x01000193) >>> 0
    }
  }
  return h >>> 0
}
