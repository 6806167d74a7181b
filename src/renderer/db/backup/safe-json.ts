/**
 * A structural check of parsed JSON before any field is read: keys that could pollute
 * prototypes, numbers JSON.parse turned into Infinity (1e999), over-long strings and deep
 * nesting are refused. Iterative, so a deeply nested file cannot overflow the stack.
 */
import { BACKUP_LIMITS } from './format'

const DANGEROUS_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export interface SafeJsonLimits {
  maxStringLength: number
  maxDepth: number
}

/** Null when `value` is plain, bounded JSON; otherwise a plain sentence saying what is wrong. */
export function findUnsafeJson(
  value: unknown,
  limits: SafeJsonLimits = BACKUP_LIMITS,
): string | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  for (let next = stack.pop(); next !== undefined; next = stack.pop()) {
    const { value: current, depth } = next
    if (typeof current === 'string') {
      if (current.length > limits.maxStringLength)
        return `it contains a text of ${current.length} characters (at most ${limits.maxStringLength} are allowed)`
      continue
    }
    if (typeof current === 'number') {
      if (!Number.isFinite(current)) return 'it contains a number that is too large'
      continue
    }
    if (current === null || typeof current === 'boolean') continue
    if (typeof current !== 'object') return 'it contains a value that is not plain data'
    if (depth >= limits.maxDepth) return 'it is nested too deeply'
    if (Array.isArray(current)) {
      for (const item of current) stack.push({ value: item, depth: depth + 1 })
      continue
    }
    if (
      Object.getPrototypeOf(current) !== Object.prototype &&
      Object.getPrototypeOf(current) !== null
    ) {
      return 'it contains a value that is not plain data'
    }
    for (const key of Object.keys(current)) {
      if (DANGEROUS_KEYS.has(key)) return `it contains a forbidden name ("${key}")`
      if (key.length > limits.maxStringLength) return 'it contains a field name that is too long'
      stack.push({ value: (current as Record<string, unknown>)[key], depth: depth + 1 })
    }
  }
  return null
}
