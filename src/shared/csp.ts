/**
 * The Content Security Policy for every renderer page. Main sends it as a response header for
 * the app:// protocol; the web build puts the same policy in a <meta> tag, so the browser
 * fallback and the end-to-end tests run under the rules the desktop app enforces.
 *
 * - no inline or remote scripts; 'wasm-unsafe-eval' only to compile the optimiser's WebAssembly
 * - no remote connections at all: the app is offline by design
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'manifest-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"],
}

/** Directives a <meta> tag cannot carry (browsers ignore them there). */
const HEADER_ONLY = new Set(['frame-ancestors'])

export function cspHeader(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

export function cspMeta(): string {
  return Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => !HEADER_ONLY.has(name))
    .map(([name, values]) => `${name} ${values.join(' ')}`)
    .join('; ')
}

/** The privileged scheme and host that serve the built renderer in the desktop app. */
export const APP_SCHEME = 'app'
export const APP_HOST = 'b12-planner'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
