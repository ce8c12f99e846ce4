// What the imports feature offers the rest of the renderer; other features import only this file.
export * from './ImportPanel.js';
