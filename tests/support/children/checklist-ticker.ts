// Child process for the checklist crash test: ticks one item after another through the real
// service and prints each tick once the service has answered, until it is killed.
import { openChecklist } from '#electron/services/checklist/checklist.js';
import { createNotices } from '#electron/services/storage/notices.js';

const ids = Array.from({ length: 150 }, (_, i) => `item-${i}`);
const library = {
  checklists: [{ id: 'before-the-interview', title: 'Before', items: ids.map((id) => ({ id, text: id, source: 'coaching' as const })) }],
};
const clock = () => new Date();
const checklist = openChecklist({ dataDir: process.argv[2]!, clock, notices: createNotices(clock), library });
process.stdout.write('ready\n');
for (const id of ids) {
  checklist.tick(id, true);
  process.stdout.write(`ticked ${id}\n`);
}
// Every item ticked before the kill came: wait for it rather than end on our own.
setInterval(() => undefined, 1000);
