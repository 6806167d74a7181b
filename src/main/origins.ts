/**
 * Which page origins main trusts: the app:// origin that serves the built renderer, plus the
 * electron-vite dev server, but only in an unpackaged build (a packaged app never loads http).
 */
import { app } from 'electron'
import { APP_ORIGIN } from '../shared/csp'

/**
 * `scheme://host[:port]` of a URL, or null when it has none. Node's URL reports the origin of
 * a non-special scheme such as app: as "null", so it is rebuilt from protocol and host.
 */
export function originOf(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return null
  }
  if (!['app:', 'http:', 'https:'].includes(parsed.protocol) || parsed.host === '') return null
  // Chromium lowercases hosts of standard schemes; Node does not for app:, so match its view.
  return `${parsed.protocol}//${parsed.host.toLowerCase()}`
}

/** The dev server URL set by electron-vite, ignored once packaged. */
export function devServerUrl(): string | undefined {
  return app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL || undefined
}

export function trustedOrigins(): string[] {
  const origins = [APP_ORIGIN]
  const dev = devServerUrl()
  const devOrigin = dev === undefined ? null : originOf(dev)
  if (devOrigin !== null) origins.push(devOrigin)
  return origins
}

export function isTrustedUrl(url: string): boolean {
  const origin = originOf(url)
  return origin !== null && trustedOrigins().includes(origin)
}
