/** Delivery measurements of a spoken answer, from PCM samples. Pure: no DOM, no Node. */
export { DEFAULT_CLIP_LEVEL, clipLevelFor, clippedShare } from './clipping.js';
export { MIN_LEVEL_DB } from './frame-levels.js';
export { DEFAULT_MIN_PAUSE_MS, type MeasureOptions, measureSpeech } from './measure-speech.js';
export { type PcmAudio, measureRecording } from './measure-recording.js';
export { mixToMono } from './mix-down.js';
export { type DecodedWav, type WavErrorCode, type WavFormat, WavError, decodeWav } from './wav.js';
