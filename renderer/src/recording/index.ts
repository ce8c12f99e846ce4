// What the recording feature offers the rest of the renderer; other features import only this file.
export * from './microphoneProblems.js';
export * from './recordingSession.js';
