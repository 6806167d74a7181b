import { useEffect, useState } from 'react'

/** A query parameter of the location hash ("#/foods?view=recipes" → view = "recipes"), live. */
export function useHashParam(name: string): string | null {
  const read = (): string | null =>
    new URLSearchParams(window.location.hash.split('?')[1] ?? '').get(name)
  const [value, setValue] = useState(read)
  useEffect(() => {
    const onChange = (): void =>
      setValue(new URLSearchParams(window.location.hash.split('?')[1] ?? '').get(name))
    window.addEventListener('hashchange', onChange)
    return () => window.removeEventListener('hashchange', onChange)
  }, [name])
  return value
}
