import { useSyncExternalStore } from 'react'

function read(): number {
  const size = Number.parseFloat(getComputedStyle(document.documentElement).fontSize)
  return Number.isFinite(size) && size > 0 ? size : 16
}

function subscribe(onChange: () => void): () => void {
  // The Text size setting writes the root element's font size (settings/apply-settings.ts).
  const observer = new MutationObserver(onChange)
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'data-text-size'] })
  return () => observer.disconnect()
}

/** Pixels per rem, live: SVG margins and axis widths scale with the Text size setting. */
export function useRemPx(): number {
  return useSyncExternalStore(subscribe, read, () => 16)
}
