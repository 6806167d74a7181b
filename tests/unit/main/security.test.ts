import type { Session, WebContents } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { cspHeader } from '../../../src/shared/csp'

const electron = await vi.hoisted(async () => (await import('./fake-electron')).fakeElectron())
vi.mock('electron', () => electron)

const { fakeSession, fakeWebContents } = await import('./fake-electron')
const { cspFor, hardenWebContents, installSecurity, secureSession, withCsp } =
  await import('../../../src/main/security')

afterEach(() => {
  electron.app.isPackaged = true
  vi.unstubAllEnvs()
})

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/)
      return [name, values]
    }),
  )
}

describe('the CSP header', () => {
  const policy = directives(cspHeader())

  it('allows only the app itself to run scripts', () => {
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('script-src')).toContain("'self'")
    expect(policy.get('script-src')).not.toContain("'unsafe-inline'")
    expect(policy.get('script-src')).not.toContain("'unsafe-eval'")
    expect(policy.get('object-src')).toEqual(["'none'"])
    expect(policy.get('base-uri')).toEqual(["'none'"])
    expect(policy.get('frame-ancestors')).toEqual(["'none'"])
    expect(policy.get('connect-src')).toEqual(["'self'"])
  })

  it('replaces whatever CSP a response carried, in any casing', () => {
    const headers = withCsp({ 'content-security-policy': ['default-src *'], 'X-Other': ['1'] }, 'P')
    expect(headers).toEqual({ 'Content-Security-Policy': ['P'], 'X-Other': ['1'] })
  })

  it('is relaxed (inline scripts for Fast Refresh) only for the dev server of an unpackaged app', () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173/')
    expect(cspFor('http://localhost:5173/src/main.tsx')).toBe(cspHeader())
    electron.app.isPackaged = false
    expect(cspFor('http://localhost:5173/src/main.tsx')).toContain("'unsafe-inline'")
    expect(cspFor('app://b12-planner/index.html')).toBe(cspHeader())
    expect(cspFor('https://example.com/')).toBe(cspHeader())
  })
})

describe('secureSession', () => {
  const ses = fakeSession()
  secureSession(ses as unknown as Session)

  it('puts the strict CSP on every response', () => {
    const [listener] = ses.webRequest.onHeadersReceived.mock.calls[0]!
    const callback = vi.fn()
    listener(
      { url: 'app://b12-planner/index.html', responseHeaders: { 'Content-Type': ['text/html'] } },
      callback,
    )
    expect(callback).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [cspHeader()] },
    })
  })

  it.each(['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read'])(
    'denies the %s permission request',
    (permission) => {
      const [handler] = ses.setPermissionRequestHandler.mock.calls[0]!
      const callback = vi.fn()
      handler(fakeWebContents(), permission, callback, {})
      expect(callback).toHaveBeenCalledWith(false)
    },
  )

  it('answers every permission check and device request with no', () => {
    const [check] = ses.setPermissionCheckHandler.mock.calls[0]!
    const [device] = ses.setDevicePermissionHandler.mock.calls[0]!
    expect(check(fakeWebContents(), 'media', 'app://b12-planner', {})).toBe(false)
    expect(device({ deviceType: 'usb', origin: 'app://b12-planner' })).toBe(false)
  })
})

describe('hardenWebContents', () => {
  function navigate(contents: ReturnType<typeof fakeWebContents>, name: string, url: string) {
    const event = { url, preventDefault: vi.fn() }
    contents.emit(name, event, url)
    return event.preventDefault
  }

  it.each(['will-navigate', 'will-redirect'])(
    '%s: blocks foreign pages, allows app pages',
    (name) => {
      const contents = fakeWebContents()
      hardenWebContents(contents as unknown as WebContents)
      expect(navigate(contents, name, 'https://evil.example/')).toHaveBeenCalled()
      expect(navigate(contents, name, 'file:///etc/passwd')).toHaveBeenCalled()
      expect(navigate(contents, name, 'app://other-host/index.html')).toHaveBeenCalled()
      expect(navigate(contents, name, 'http://localhost:5173/')).toHaveBeenCalled()
      expect(navigate(contents, name, 'app://b12-planner/index.html')).not.toHaveBeenCalled()
    },
  )

  it('denies window.open and <webview>', () => {
    const contents = fakeWebContents()
    hardenWebContents(contents as unknown as WebContents)
    const [openHandler] = contents.setWindowOpenHandler.mock.calls[0] as unknown as [
      (details: { url: string }) => unknown,
    ]
    expect(openHandler({ url: 'app://b12-planner/index.html' })).toEqual({ action: 'deny' })
    expect(openHandler({ url: 'https://evil.example/' })).toEqual({ action: 'deny' })
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })
})

describe('installSecurity', () => {
  it('hardens every web contents created later, and the session', () => {
    const ses = fakeSession()
    installSecurity(electron.app as never, ses as unknown as Session)
    const contents = fakeWebContents()
    electron.app.emit('web-contents-created', {}, contents)
    expect(contents.setWindowOpenHandler).toHaveBeenCalled()
    expect(contents.listenerCount('will-navigate')).toBe(1)
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled()
  })
})
