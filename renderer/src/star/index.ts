// What the star feature offers the rest of the renderer; other features import only this file.
export * from './RecordingStarButtons.js';
export * from './StarMarkControls.js';
export * from './StarTimingPanel.js';
export * from './starKeys.js';
export * from './useStarMarkers.js';
export * from './useStarMarks.js';
