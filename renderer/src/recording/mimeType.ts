/** In order of preference: Opus in WebM is what Chromium records best; main repairs its duration. */
const CANDIDATES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4;codecs=opus', 'audio/mp4', 'audio/ogg;codecs=opus'];

export function pickMimeType(isSupported: (type: string) => boolean): string | null {
  return CANDIDATES.find((type) => isSupported(type)) ?? null;
}
