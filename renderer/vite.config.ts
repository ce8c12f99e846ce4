import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type HtmlTagDescriptor, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

/**
 * main.tsx starts the first screen's calls, then import()s boot.tsx (React and the app). Vite
 * preloads only an entry's static imports, so this adds <link rel="modulepreload"> for the boot
 * chunk and its imports: the browser fetches and compiles them while main.tsx runs, not after.
 */
function preloadBootChunk(): Plugin {
  return {
    name: 'interview-studio:preload-boot-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((c) => c.type === 'chunk');
        const boot = chunks.find((c) => c.name === 'boot' && !c.isEntry);
        if (!boot) return [];
        const entries = new Set(chunks.filter((c) => c.isEntry).map((c) => c.fileName));
        const files = [boot.fileName, ...boot.imports.filter((file) => !entries.has(file))];
        return files.map((file): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `./${file}` },
          injectTo: 'head',
        }));
      },
    },
  };
}

// The renderer is served from a file-like location (Electron's app scheme or the browser host's
// root), so every asset URL is relative ('./') and nothing is fetched from outside the bundle.
export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), preloadBootChunk()],
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
