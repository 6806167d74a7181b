import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { cspHeader } from '../../../src/shared/csp'

const electron = await vi.hoisted(async () => (await import('./fake-electron')).fakeElectron())
vi.mock('electron', () => electron)

const { createAppHandler, mimeType, registerAppProtocol, registerAppScheme, resolveAppPath } =
  await import('../../../src/main/protocol')

const ROOT = path.resolve('/srv/b12/out/renderer')

describe('registerAppScheme', () => {
  it('makes app: a standard, secure scheme so IndexedDB has a stable origin', () => {
    registerAppScheme()
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ])
  })
})

describe('resolveAppPath', () => {
  it.each([
    ['app://b12-planner/', 'index.html'],
    ['app://b12-planner/index.html', 'index.html'],
    ['app://b12-planner/index.html?x=1#/foods', 'index.html'],
    ['app://b12-planner/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://b12-planner/assets/', 'assets/index.html'],
    ['app://b12-planner/assets/my%20font.woff2', 'assets/my font.woff2'],
  ])('%s → %s', (url, file) => {
    expect(resolveAppPath(ROOT, url)).toEqual({ ok: true, filePath: path.join(ROOT, file) })
  })

  it.each([
    'app://b12-planner/%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    'app://b12-planner/assets/..%2f..%2f..%2fetc/passwd',
    'app://b12-planner/%2E%2E%2Fsecret',
    'app://b12-planner/..%5c..%5cwindows%5cwin.ini',
    'app://b12-planner/assets%5cindex.js',
    'app://b12-planner/..\\..\\windows\\win.ini',
    'app://b12-planner//etc/passwd',
    'app://b12-planner/%2fetc%2fpasswd',
    'app://b12-planner/C:/Windows/win.ini',
    'app://b12-planner/c:%5cwindows',
    'app://b12-planner/index.html%00.png',
    'app://b12-planner/%00',
    'app://b12-planner/%E0%A4%A',
    'app://b12-planner/%252e%252e%252f/ok/%2e%2e%2f..%2f',
  ])('refuses %s with 403', (url) => {
    expect(resolveAppPath(ROOT, url)).toEqual({ ok: false, status: 403 })
  })

  it('normalises plain ../ in the URL itself, so it cannot leave the root either', () => {
    // The URL parser (like Chromium's) resolves these before any handler sees them.
    expect(resolveAppPath(ROOT, 'app://b12-planner/../../etc/passwd')).toEqual({
      ok: true,
      filePath: path.join(ROOT, 'etc/passwd'),
    })
    expect(resolveAppPath(ROOT, 'app://b12-planner/%2e%2e/%2e%2e/etc/passwd')).toEqual({
      ok: true,
      filePath: path.join(ROOT, 'etc/passwd'),
    })
  })

  it.each([
    'app://evil/index.html',
    'app://b12-planner.evil/index.html',
    'app://b12-planner:8080/index.html',
    'app://user:pw@b12-planner/index.html',
    'file:///etc/passwd',
    'https://b12-planner/index.html',
    'not a url',
  ])('answers %s with 404', (url) => {
    expect(resolveAppPath(ROOT, url)).toEqual({ ok: false, status: 404 })
  })
})

describe('mimeType', () => {
  it.each([
    ['a.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['highs.WASM', 'application/wasm'],
    ['a.svg', 'image/svg+xml'],
    ['a.png', 'image/png'],
    ['favicon.ico', 'image/x-icon'],
    ['a.woff2', 'font/woff2'],
    ['a.exe', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeType(file)).toBe(type)
  })
})

describe('the app:// handler on a real folder', () => {
  const base = mkdtempSync(path.join(tmpdir(), 'b12-protocol-'))
  const root = path.join(base, 'renderer')
  mkdirSync(path.join(root, 'assets'), { recursive: true })
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>B12 Planner</title>')
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(path.join(root, 'assets', 'highs.wasm'), Buffer.from([0, 97, 115, 109]))
  writeFileSync(path.join(base, 'secret.txt'), 'top secret')
  symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'assets', 'link.txt'))
  const handle = createAppHandler(root)
  const get = (url: string, method = 'GET') => handle(new Request(url, { method }))

  afterAll(() => rmSync(base, { recursive: true, force: true }))

  it('serves index.html for / with the CSP header', async () => {
    const response = await get('app://b12-planner/')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(response.headers.get('content-security-policy')).toBe(cspHeader())
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await response.text()).toContain('<title>B12 Planner</title>')
  })

  it('serves assets with their MIME type', async () => {
    const script = await get('app://b12-planner/assets/app.js')
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await script.text()).toBe('console.log(1)')
    const wasm = await get('app://b12-planner/assets/highs.wasm')
    expect(wasm.headers.get('content-type')).toBe('application/wasm')
    expect(new Uint8Array(await wasm.arrayBuffer())).toEqual(new Uint8Array([0, 97, 115, 109]))
  })

  it.each([
    ['app://b12-planner/assets/missing.js', 404],
    ['app://b12-planner/assets', 404],
    ['app://other/index.html', 404],
    ['app://b12-planner/..%2fsecret.txt', 403],
    ['app://b12-planner/assets/link.txt', 403],
  ])('%s → %i, never the file outside the root', async (url, status) => {
    const response = await get(url)
    expect(response.status).toBe(status)
    expect(await response.text()).not.toContain('top secret')
  })

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://b12-planner/', 'POST')).status).toBe(405)
    expect((await get('app://b12-planner/', 'HEAD')).status).toBe(200)
  })

  it('is what registerAppProtocol installs for app:', () => {
    registerAppProtocol(root)
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
  })
})
