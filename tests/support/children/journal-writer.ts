// Child process for the crash test: creates and reviews attempts until it is killed.
import { openAttempts } from '#electron/services/attempts/attempts.js';
import { createNotices } from '#electron/services/storage/notices.js';
import { makeAttempt } from '#tests/support/attempt-factory.js';

const clock = () => new Date();
const store = await openAttempts({ dataDir: process.argv[2]!, clock, notices: createNotices(clock) });
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const attempt = await store.create(makeAttempt());
  await store.review(attempt.id, { marks: { empathy: 'met' }, criterionNotes: {}, rating: (i % 5) + 1, nextTime: 'n'.repeat(i % 300) });
  process.stdout.write(`saved ${attempt.id}\n`);
}
