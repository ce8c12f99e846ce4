import { openStudioInNode } from '#electron/core/open-studio-in-node.js';
import { loadChunks } from '#tests/electron/services/recordings/support.js';
import { asChunks, longWebm } from '#tests/support/long-webm.js';

/**
 * Records `takes` answers of `takeSeconds` through the contract with the services in Node, from
 * one real MediaRecorder recording's clusters; answers how long that took.
 */
export async function seedYear(dataDir: string, takes: number, takeSeconds: number): Promise<number> {
  const started = performance.now();
  const chunks = asChunks(longWebm((await loadChunks('webm')).chunks, takeSeconds), 256 * 1024);
  const studio = await openStudioInNode({ dataDir, log: () => undefined });
  try {
    const call = async <T>(channel: string, request?: unknown): Promise<T> => {
      const result = await studio.dispatch(channel, request);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as T;
    };
    await call('settings:set', { micCheckDone: true });
    const { questions } = await call<{ questions: { id: string }[] }>('library:get');
    for (let i = 0; i < takes; i++) {
      const { recordingId } = await call<{ recordingId: string }>('recordings:begin', {
        questionId: questions[i % questions.length]!.id,
        mimeType: 'audio/webm;codecs=opus',
      });
      for (const [seq, bytes] of chunks.entries()) await call('recordings:append', { recordingId, seq, bytes });
      await call('recordings:finish', { recordingId });
    }
  } finally {
    await studio.close();
  }
  return performance.now() - started;
}
