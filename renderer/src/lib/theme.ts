import type { ThemeChoice } from '#shared/schemas/settings.js';

/**
 * The colors in use are named by `data-theme="light|dark"` on the root element, and the style
 * sheets key their dark palette on that one attribute. "System" is resolved here, following the
 * system's setting as it changes, so the style sheets need no second copy of the palette under
 * a media query.
 */
let choice: ThemeChoice = 'system';
let following = false;

const systemDark = () => window.matchMedia('(prefers-color-scheme: dark)');

function resolve() {
  const theme = choice === 'system' ? (systemDark().matches ? 'dark' : 'light') : choice;
  if (document.documentElement.dataset.theme !== theme) document.documentElement.dataset.theme = theme;
}

/** Shows the app in the chosen theme; called at start (as "system") and whenever the setting changes. */
export function applyTheme(next: ThemeChoice): void {
  choice = next;
  if (!following) {
    following = true;
    systemDark().addEventListener('change', resolve);
  }
  resolve();
}

/** Calls back after the colors in use changed (for canvases, which do not follow CSS). Returns the unsubscribe. */
export function onThemeChange(callback: () => void): () => void {
  const observer = new MutationObserver(callback);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => observer.disconnect();
}
