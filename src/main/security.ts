/**
 * Hardening that applies to every web contents and to the default session: strict CSP on every
 * response, no navigation away from the app, no new windows, no <webview>, no permissions.
 * The app is offline and needs no browser permission (camera, notifications, ...) at all.
 */
import type { App, Event, Session, WebContents } from 'electron'
import { CSP_DIRECTIVES, cspHeader } from '../shared/csp'
import { devServerUrl, isTrustedUrl, originOf } from './origins'

type ResponseHeaders = Record<string, string | string[]>

/**
 * Development only, for pages from the electron-vite dev server of an unpackaged app: Vite's
 * React Fast Refresh injects one inline module script, which the strict policy would block.
 * A packaged app never loads the dev server, so it never sees this policy.
 */
export function devCspHeader(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => {
      const relaxed = name === 'script-src' ? [...values, "'unsafe-inline'"] : values
      return `${name} ${relaxed.join(' ')}`
    })
    .join('; ')
}

/** The policy for a response: strict, except dev-server pages (see devCspHeader). */
export function cspFor(url: string): string {
  const dev = devServerUrl()
  const fromDevServer = dev !== undefined && originOf(url) === originOf(dev)
  return fromDevServer ? devCspHeader() : cspHeader()
}

/** Replaces any CSP the server sent with `policy`, whatever the header's casing. */
export function withCsp(headers: ResponseHeaders | undefined, policy: string): ResponseHeaders {
  const result: ResponseHeaders = {}
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value
  }
  result['Content-Security-Policy'] = [policy]
  return result
}

export function secureSession(ses: Session): void {
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: withCsp(details.responseHeaders, cspFor(details.url)) })
  })
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.setDevicePermissionHandler(() => false)
}

/** Navigation stays on the app's own pages; a link elsewhere simply does nothing. */
function denyForeignNavigation(event: Event, url: string): void {
  if (!isTrustedUrl(url)) event.preventDefault()
}

export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => denyForeignNavigation(event, event.url))
  contents.on('will-redirect', (event) => denyForeignNavigation(event, event.url))
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** Call before any window exists, so no web contents escapes the hardening. */
export function installSecurity(app: App, ses: Session): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents))
  secureSession(ses)
}
