// Child process for the recording crash test: records the real fixture chunks through the
// real services, says after each chunk what main acknowledged, and is killed at a random moment.
import fs from 'node:fs';
import path from 'node:path';
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { createRecordings } from '#electron/services/recordings/recordings.js';

const [dataDir, chunkDir] = process.argv.slice(2) as [string, string];
const clock = () => new Date();
const notices = createNotices(clock);
const attempts = await openAttempts({ dataDir, clock, notices });
const recordings = createRecordings({ dataDir, clock, attempts, notices });
const chunks = fs
  .readdirSync(chunkDir)
  .filter((n) => n.startsWith('chunk-'))
  .sort()
  .map((n) => new Uint8Array(fs.readFileSync(path.join(chunkDir, n))));

const { recordingId } = await recordings.begin({ questionId: 'upset-patient', mimeType: 'audio/webm;codecs=opus' });
process.stdout.write(`begun ${recordingId}\nready\n`);
for (const [seq, bytes] of chunks.entries()) {
  const { bytesReceived } = await recordings.append({ recordingId, seq, bytes });
  process.stdout.write(`acked ${seq} ${bytesReceived}\n`);
  await new Promise((r) => setTimeout(r, Math.random() * 120));
}
setInterval(() => undefined, 60_000); // the answer goes on until the process is killed
