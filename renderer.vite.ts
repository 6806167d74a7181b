/**
 * The renderer's Vite settings, shared by the Electron build (electron.vite.config.ts) and the
 * browser build used for `npm run preview:web` and the end-to-end tests (vite.web.config.mts).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import react from '@vitejs/plugin-react'
import type { Plugin, UserConfig } from 'vite'
import { cspMeta } from './src/shared/csp'

/** Puts the app's CSP into the built index.html, so the browser build runs under it too. */
function cspMetaTag(): Plugin {
  return {
    name: 'b12-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta() },
        injectTo: 'head-prepend',
      },
    ],
  }
}

const appVersion = (
  JSON.parse(readFileSync(resolve(__dirname, 'package.json'), 'utf8')) as { version: string }
).version

export const rendererRoot = resolve(__dirname, 'src/renderer')

export function rendererConfig(): UserConfig {
  return {
    root: rendererRoot,
    base: './',
    publicDir: resolve(__dirname, 'resources/public'),
    plugins: [react(), cspMetaTag()],
    define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(appVersion) },
    worker: { format: 'es' },
    build: {
      target: 'chrome130',
      outDir: resolve(__dirname, 'out/renderer'),
      emptyOutDir: true,
      assetsInlineLimit: 0,
      rollupOptions: { input: resolve(rendererRoot, 'index.html') },
    },
  }
}
