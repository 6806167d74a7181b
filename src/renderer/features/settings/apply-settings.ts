import type { Settings } from '../../db/repos/settings-repo'

/**
 * Applies display settings to the document root. Every size in the style sheets is in rem, so
 * changing the root font size scales the whole interface, not only the text.
 */
export function applySettings(settings: Settings, root: HTMLElement): void {
  root.style.fontSize = `${settings.textSizePct}%`
  root.dataset['textSize'] = String(settings.textSizePct)
  root.dataset['contrast'] = settings.highContrast ? 'high' : 'normal'
  root.dataset['motion'] = settings.reduceMotion ? 'reduce' : 'normal'
}
