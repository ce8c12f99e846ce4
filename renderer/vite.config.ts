import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

// The renderer is served from a file-like location (Electron's app scheme or the browser host's
// root), so every asset URL is relative ('./') and nothing is fetched from outside the bundle.
export default defineConfig({
  root: here,
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // No inline <script> or data: URLs for small assets: the production CSP refuses both.
    assetsInlineLimit: 0,
    target: 'chrome130',
    // Screens are split into chunks loaded by import(); Chromium preloads their dependencies with
    // <link rel="modulepreload"> natively, so the polyfill (a fetch() per link) is not needed.
    modulePreload: { polyfill: false },
  },
});
