import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, runnerImport, type HtmlTagDescriptor, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const ROOT_ELEMENT = '<div id="root"></div>';

/**
 * The boot chunk's styles (the home panel's) linked from the HTML: the prerendered first screen
 * needs them from the first paint; left to the chunk, they would arrive with React and move the
 * list down. Its scripts are not preloaded here: main.tsx import()s the boot chunk once the first
 * screen is on screen, and Vite's import() fetches its imports side by side then. Preloaded from
 * the HTML, their fetching and compiling competed with drawing that screen (after-first-paint.ts).
 */
function linkBootStyles(): Plugin {
  return {
    name: 'interview-studio:link-boot-styles',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunks = Object.values(bundle ?? {}).filter((c) => c.type === 'chunk');
        const boot = chunks.find((c) => c.name === 'boot' && !c.isEntry);
        if (!boot) return [];
        const css = [boot, ...chunks.filter((c) => boot.imports.includes(c.fileName) && !c.isEntry)].flatMap((c) => [
          ...(c.viteMetadata?.importedCss ?? []),
        ]);
        return [...new Set(css)].map((file): HtmlTagDescriptor => ({
          tag: 'link',
          attrs: { rel: 'stylesheet', crossorigin: true, href: `./${file}` },
          injectTo: 'head',
        }));
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
  plugins: [react(), linkBootStyles(), inlineFirstScreenStyles(), prerenderFirstScreen()],
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
