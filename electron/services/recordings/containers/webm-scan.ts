import { createReadStream } from 'node:fs';
import type { ScanResult } from './scan-result.js';
import { WebmScanner, type WebmLayout } from './webm-scanner.js';

export type { WebmLayout } from './webm-scanner.js';

/** Pieces as large as a few seconds of audio: the walk is cheap, the reads are what cost. */
const READ_PIECE_BYTES = 1024 * 1024;

/**
 * Scans a whole MediaRecorder webm on disk (see webm-scanner.ts): at finish, and at start-up for
 * what a crash left behind.
 */
export async function scanWebm(path: string): Promise<ScanResult<WebmLayout>> {
  const scanner = new WebmScanner();
  for await (const piece of createReadStream(path, { highWaterMark: READ_PIECE_BYTES })) {
    scanner.push(piece as Buffer);
    if (scanner.stopped) break;
  }
  return scanner.result();
}
