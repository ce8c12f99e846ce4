// What the replay feature offers the rest of the renderer; other features import only this file.
export * from './AttemptList.js';
export * from './WaveformPlayer.js';
export * from './knownWaveforms.js';
export * from './usePauseRegions.js';
export * from './useRecordingPlayer.js';
export * from './useWaveSurfer.js';
