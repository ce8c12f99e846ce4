// What the analysis feature offers the rest of the renderer; other features import only this file.
export * from './MeasurementsPanel.js';
export * from './useMeasurements.js';
export * from './measureAttempt.js';
