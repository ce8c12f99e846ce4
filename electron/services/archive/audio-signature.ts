import type { Container } from '#electron/services/recordings/containers/containers.js';

/**
 * Whether the first bytes look like the container a recording's name claims: EBML for webm,
 * an ISO-BMFF box (`ftyp` at offset 4) for mp4, `OggS` for ogg. A cheap check that keeps an
 * archive from planting some other kind of file in the recordings folder under an audio name.
 */
export function looksLike(container: Container, head: Uint8Array): boolean {
  const at = (offset: number, bytes: number[]) => bytes.every((b, i) => head[offset + i] === b);
  switch (container) {
    case 'webm':
      return at(0, [0x1a, 0x45, 0xdf, 0xa3]);
    case 'mp4':
      return at(4, [0x66, 0x74, 0x79, 0x70]);
    case 'ogg':
      return at(0, [0x4f, 0x67, 0x67, 0x53]);
  }
}
