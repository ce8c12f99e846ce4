import type { StarPart } from '#shared/analysis/star-timing.js';

/**
 * Shift plus the part's initial marks where a part begins. Plain S and R already mean "skip the
 * reading" and "record or stop", and plain numbers step the checklist, so the shifted letters are the
 * mnemonic keys nothing else uses. Matched on the letter, so Caps Lock makes no difference.
 */
const KEY_PARTS: Readonly<Record<string, StarPart>> = { s: 'situation', t: 'task', a: 'action', r: 'result' };

export const STAR_KEYS: Readonly<Record<StarPart, string>> = {
  situation: 'Shift+S',
  task: 'Shift+T',
  action: 'Shift+A',
  result: 'Shift+R',
};

export function starPartForKey(event: Pick<KeyboardEvent, 'key' | 'shiftKey'>): StarPart | null {
  if (!event.shiftKey) return null;
  return KEY_PARTS[event.key.toLowerCase()] ?? null;
}
