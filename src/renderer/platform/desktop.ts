/**
 * Picks the DesktopApi the renderer talks to: the Electron bridge when the preload exposed one,
 * otherwise the browser fallback.
 */
import type { DesktopApi } from '../../shared/desktop-api'
import { createBrowserApi } from './browser'

export function resolveDesktopApi(version: string): DesktopApi {
  return typeof window !== 'undefined' && window.desktop
    ? window.desktop
    : createBrowserApi({ version })
}
