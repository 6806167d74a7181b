/**
 * The app:// protocol that serves the built renderer. A privileged standard scheme gives the
 * renderer a stable origin (app://b12-planner), so IndexedDB persists across launches, which a
 * file:// page would not guarantee. Every request is resolved strictly inside the renderer
 * folder: the renderer is trusted, but a bug or injected URL must never read other files.
 */
import { protocol } from 'electron'
import { readFile, realpath } from 'node:fs/promises'
import path from 'node:path'
import { APP_HOST, APP_SCHEME, cspHeader } from '../shared/csp'

export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ])
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

export function mimeType(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream'
}

export type ResolvedPath = { ok: true; filePath: string } | { ok: false; status: 403 | 404 }

/** True when `target` is `root` itself or lies below it (both absolute and normalised). */
function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target)
  return (
    relative === '' ||
    (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative))
  )
}

/**
 * Maps an app:// URL to a file below `root`, or to the status to answer with. 404 for another
 * scheme or host; 403 for anything that could leave the root once decoded: `..` segments
 * (plain or percent-encoded), backslashes, NUL, absolute or drive paths, bad escapes.
 */
export function resolveAppPath(root: string, url: string): ResolvedPath {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, status: 404 }
  }
  const foreign =
    parsed.protocol !== `${APP_SCHEME}:` ||
    parsed.host.toLowerCase() !== APP_HOST ||
    parsed.username !== '' ||
    parsed.password !== ''
  if (foreign) return { ok: false, status: 404 }

  let decoded: string
  try {
    decoded = decodeURIComponent(parsed.pathname)
  } catch {
    return { ok: false, status: 403 }
  }
  const relative = decoded.replace(/^\//, '')
  const hostile =
    decoded.includes('\0') ||
    decoded.includes('\\') ||
    relative.split('/').includes('..') ||
    path.posix.isAbsolute(relative) ||
    path.win32.isAbsolute(relative) ||
    /^[a-z]:/i.test(relative)
  if (hostile) return { ok: false, status: 403 }

  const absoluteRoot = path.resolve(root)
  const filePath = path.resolve(
    absoluteRoot,
    relative === '' || relative.endsWith('/') ? `${relative}index.html` : relative,
  )
  // Redundant after the checks above; kept as the last line of defence.
  if (!isInside(absoluteRoot, filePath)) return { ok: false, status: 403 }
  return { ok: true, filePath }
}

function statusResponse(status: number): Response {
  return new Response(null, { status, headers: { 'Content-Security-Policy': cspHeader() } })
}

/** A protocol.handle handler serving files below `root`; exported for tests. */
export function createAppHandler(root: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return statusResponse(405)
    const resolved = resolveAppPath(root, request.url)
    if (!resolved.ok) return statusResponse(resolved.status)
    try {
      // A symlink inside the build folder must not lead outside it either.
      const [realRoot, realFile] = await Promise.all([realpath(root), realpath(resolved.filePath)])
      if (!isInside(realRoot, realFile)) return statusResponse(403)
      const body = await readFile(realFile)
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: {
          'Content-Type': mimeType(realFile),
          'Content-Security-Policy': cspHeader(),
          'X-Content-Type-Options': 'nosniff',
        },
      })
    } catch {
      return statusResponse(404)
    }
  }
}

/** Call once the app is ready; `root` is the built renderer folder (out/renderer). */
export function registerAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, createAppHandler(root))
}
