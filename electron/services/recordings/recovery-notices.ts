/** `42_000` → `0:42`; how long an answer lasted, as the practice screen shows it. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `27 Nov 2026 at 13:03`, in local time: when the user was speaking, as they would recall it. */
export function formatWhen(date: Date): string {
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return `${date.getDate()} ${MONTHS[date.getMonth()]} ${date.getFullYear()} at ${time}`;
}

export const recoveredMessage = (durationMs: number, startedAt: Date): string =>
  `Recovered a ${formatDuration(durationMs)} answer recorded on ${formatWhen(startedAt)} that was ` +
  'interrupted before it was saved. It is with your other attempts, marked as recovered.';

export const lostMessage = (startedAt: Date | null, keptAs: string): string =>
  `An answer ${startedAt ? `recorded on ${formatWhen(startedAt)} ` : ''}was interrupted and its audio ` +
  `could not be recovered. Its data was kept aside in the recordings folder as ${keptAs}.`;

export const unattributedMessage = (keptAs: string): string =>
  'An interrupted recording was found, but not which question it answered, so it could not be ' +
  `added to your attempts. Its data was kept aside in the recordings folder as ${keptAs}.`;
