import { useEffect, useState } from 'react'

/**
 * False for the first paint after `key` changes, true from the next frame: lets a page draw its
 * first chart at once and the heavier ones a frame later.
 */
export function useAfterFirstPaint(key: string): boolean {
  const [paintedKey, setPaintedKey] = useState<string | null>(null)
  useEffect(() => {
    const frame = requestAnimationFrame(() => setPaintedKey(key))
    return () => cancelAnimationFrame(frame)
  }, [key])
  return paintedKey === key
}
