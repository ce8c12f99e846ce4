import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type HtmlTagDescriptor, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const ROOT_ELEMENT = '<div id="root"></div>';

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
        const preloads = files.map((file): HtmlTagDescriptor => ({
          tag: 'link',
          // Low: the prerendered screen's styles and scripts come first; React is needed after its paint.
          attrs: { rel: 'modulepreload', crossorigin: true, fetchpriority: 'low', href: `./${file}` },
          injectTo: 'head',
        }));
        // The prerendered first screen needs the boot chunk's styles (the home panel's) from the
        // first paint; left to the chunk, they would arrive with React and move the list down.
        const css = [boot, ...chunks.filter((c) => boot.imports.includes(c.fileName) && !c.isEntry)].flatMap((c) => [
          ...(c.viteMetadata?.importedCss ?? []),
        ]);
        const styles = [...new Set(css)].map((file): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` },
          injectTo: 'head',
        }));
        return [...preloads, ...styles];
      },
    },
  };
}

/**
 * The first screen's style sheets written into the HTML as <style> (the CSP allows inline styles,
 * not scripts): linked, each was a request the first paint waited for, beside React's modules.
 * A sheet with a url() stays linked, since its relative paths are resolved from assets/.
 */
function inlineFirstScreenStyles(): Plugin {
  return {
    name: 'interview-studio:inline-first-screen-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, { bundle }) =>
        html.replace(/<link rel="stylesheet" crossorigin href="\.\/(assets\/[^"]+\.css)">/g, (tag, file: string) => {
          const asset = bundle?.[file];
          if (asset?.type !== 'asset') return tag;
          const css = String(asset.source);
          if (css.includes('url(')) return tag;
          // The link stays, disabled (not fetched): Vite's loader skips a sheet already linked, so the
          // boot chunk does not add it a second time later in the cascade.
          return `<style>${css}</style><link rel="stylesheet" href="./${file}" disabled>`;
        }),
    },
  };
}

/** Stylesheet imports as empty modules: the server render needs none, the build links them. */
function withoutStylesheets(): Plugin {
  const STUB = '\0interview-studio:no-css';
  return {
    name: 'interview-studio:without-stylesheets',
    enforce: 'pre',
    resolveId: (id) => (/\.css(\?|$)/.test(id) ? STUB : null),
    load: (id) => (id === STUB ? 'export default {};' : null),
  };
}

/**
 * Draws the first screen (header and built-in question list) into the built index.html's #root
 * with React's server renderer, so the questions are on screen as soon as the HTML is parsed;
 * boot.tsx hydrates it. The render runs the app's own components through Vite's module runner.
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'interview-studio:prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        if (!html.includes(ROOT_ELEMENT)) throw new Error(`index.html has no ${ROOT_ELEMENT} to prerender into`);
        const { module } = await runnerImport<typeof import('../scripts/prerender-first-screen.js')>(
          `${repoRoot}scripts/prerender-first-screen.ts`,
          { configFile: false, root: repoRoot, logLevel: 'warn', plugins: [react(), withoutStylesheets()] },
        );
        const markup = await module.firstScreenHtml(`${repoRoot}content`);
        // Inert until React has taken it over (StudioRoot lifts it): no handler is attached before
        // that, so the controls take no focus or click rather than seeming to work and doing nothing.
        return html.replace(ROOT_ELEMENT, `<div id="root" inert>${markup}</div>`);
      },
    },
  };
}

// The renderer is served from a file-like location (Electron's app scheme or the browser host's
// root), so every asset URL is relative ('./') and nothing is fetched from outside the bundle.
export default defineConfig({
  root: here,
  base: './',
  plugins: [react(), preloadBootChunk(), inlineFirstScreenStyles(), prerenderFirstScreen()],
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
