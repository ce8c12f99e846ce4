import type { Container } from './containers.js';
import { scanMp4 } from './mp4-scan.js';
import { scanOgg } from './ogg-scan.js';
import type { ScanResult } from './scan-result.js';
import { scanWebm } from './webm-scan.js';

/** What every container scan finds: how long the audio lasts, and where its last whole unit ends. */
export type AudioExtent = { durationMs: number; end: number };

export function scanRecording(path: string, container: Container): Promise<ScanResult<AudioExtent>> {
  switch (container) {
    case 'webm':
      return scanWebm(path);
    case 'mp4':
      return scanMp4(path);
    case 'ogg':
      return scanOgg(path);
  }
}
