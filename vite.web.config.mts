import { defineConfig } from 'vite'
import { rendererConfig } from './renderer.vite'

/** The renderer on its own, for the browser fallback and the end-to-end tests. */
export default defineConfig({
  ...rendererConfig(),
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
})
