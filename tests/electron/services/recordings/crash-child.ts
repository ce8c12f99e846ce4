/**
 * Run by crash.test.ts in a child process: records the fixture's first chunks into a data
 * folder, says how far it got after each one, then waits to be killed with SIGKILL.
 * Usage: node --import tsx crash-child.ts <dataDir> <chunkCount>
 */
import { createNotices } from '#electron/services/storage/notices.js';
import { createRecordings } from '#electron/services/recordings/recordings.js';
import { QUESTION, WEBM, createFakeAttempts, loadChunks } from './support.js';

const [dataDir = '', count = '0'] = process.argv.slice(2);
const clock = () => new Date();
const recordings = createRecordings({ dataDir, clock, attempts: createFakeAttempts(), notices: createNotices(clock) });
const { chunks } = await loadChunks('webm');
const { recordingId } = await recordings.begin({ questionId: QUESTION, mimeType: WEBM });
for (let seq = 0; seq < Number(count); seq++) {
  const { bytesReceived } = await recordings.append({ recordingId, seq, bytes: chunks[seq]! });
  process.stdout.write(`${JSON.stringify({ recordingId, seq, bytesReceived })}\n`);
}
setInterval(() => undefined, 60_000); // stay alive until killed, mid-recording
