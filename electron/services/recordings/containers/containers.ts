/**
 * The three containers a MediaRecorder may produce (RecordingMimeTypeSchema). Chromium, and so
 * Electron, gives webm or mp4; ogg is what Firefox records, accepted so the schema and the
 * service agree.
 */
export type Container = 'webm' | 'mp4' | 'ogg';

export const CONTAINERS: readonly Container[] = ['webm', 'mp4', 'ogg'];

/** `audio/webm;codecs=opus` → `webm`; null for anything else. */
export function containerOf(mimeType: string): Container | null {
  const match = /^audio\/(webm|mp4|ogg)(?:;|$)/.exec(mimeType.trim().toLowerCase());
  return match ? (match[1] as Container) : null;
}

/** The Content-Type a finished file is served with, known from its extension alone. */
export const contentTypeOf = (container: Container): string => `audio/${container}`;
