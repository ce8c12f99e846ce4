import { describe, expect, it } from 'vitest';
import { tools } from '#electron/services/recordings/containers/webm-duration-fix-node.js';
import { WebmScanner } from '#electron/services/recordings/containers/webm-scanner.js';
import { seekableWebmHeader } from '#electron/services/recordings/containers/webm-seekable-header.js';
import { longWebm } from '#tests/support/long-webm.js';
import { concatBytes, loadChunks } from './support.js';

function layoutOf(bytes: Uint8Array) {
  const scanner = new WebmScanner();
  scanner.push(bytes);
  const result = scanner.result();
  if (result.kind !== 'audio') throw new Error('not audio');
  return result.layout;
}

describe('seekableWebmHeader', () => {
  it('writes the bytes webm-duration-fix writes, for 4 s and for 5 minutes (~300 cues)', async () => {
    const { chunks } = await loadChunks('webm');
    for (const bytes of [concatBytes(chunks), longWebm(chunks, 300)]) {
      const layout = layoutOf(bytes);
      const library = new Uint8Array(tools.makeMetadataSeekable(layout.metadata, layout.durationTicks, layout.cues));
      const ours = seekableWebmHeader(layout.metadata, layout.durationTicks, layout.cues);
      expect(Buffer.from(ours).equals(Buffer.from(library))).toBe(true);
    }
  });
});
