import { join } from 'node:path';

/**
 * Where each recording's files live. Every name is built from an opaque id minted by main
 * (see shared/schemas/ids.ts), never from anything the renderer chose, so `join` cannot be
 * steered outside the folder. `resolve-file.ts` still checks, as defence in depth.
 */
export const recordingsDir = (dataDir: string): string => join(dataDir, 'recordings');

export const RECORDINGS_DIR_MODE = 0o700;
export const RECORDING_FILE_MODE = 0o600;

export const PART_SUFFIX = '.part';
export const META_SUFFIX = '.meta.json';
export const TEMP_SUFFIX = '.tmp';
export const UNPLAYABLE_SUFFIX = '.part.unplayable';
export const WAVEFORM_SUFFIX = '.waveform.json';

export type RecordingPaths = {
  /** The audio as it arrives, chunk after chunk; exists while recording and until finished. */
  part: string;
  /** Written before the first byte of audio, so a crash can be reconciled on the next launch. */
  meta: string;
  /** Scratch copy while the seekable file is being written; renamed into place when complete. */
  temp: string;
  /** The finished, seekable recording. */
  final: string;
  /** Bytes of an interrupted recording that could not be recovered as audio, kept aside. */
  unplayable: string;
  /** The finished recording's peaks, measured while recording, so replay need not decode it. */
  waveform: string;
};

export function recordingPaths(dir: string, id: string, extension: string): RecordingPaths {
  return {
    part: join(dir, id + PART_SUFFIX),
    meta: join(dir, id + META_SUFFIX),
    temp: join(dir, `${id}.${extension}${TEMP_SUFFIX}`),
    final: join(dir, `${id}.${extension}`),
    unplayable: join(dir, id + UNPLAYABLE_SUFFIX),
    waveform: waveformPath(dir, id),
  };
}

/** Whatever the container, a recording's peaks are `<id>.waveform.json`. */
export const waveformPath = (dir: string, id: string): string => join(dir, id + WAVEFORM_SUFFIX);
