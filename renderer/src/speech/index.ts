// What the speech feature offers the rest of the renderer; other features import only this file.
export * from './speakPrompt.js';
export * from './useVoices.js';
