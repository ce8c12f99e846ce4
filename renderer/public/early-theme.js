/* global document, window -- a browser script outside the renderer's TypeScript (which has the browser globals) */
// The system's colors before the first paint. The first screen is in the HTML (prerendered), so it
// can be painted before the app's module runs applyTheme('system'); without this a dark system
// would see it light for a frame. A classic script in <head> blocks that paint; it is a file of the
// app (the CSP allows no inline script). The saved choice still follows from the app's settings.
document.documentElement.dataset.theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
