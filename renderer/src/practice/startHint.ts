import { plural } from '#renderer/lib/format.js';
import type { FlowConfig } from './machine.js';

/**
 * What pressing Start will do, said before it, so nothing records by surprise. Each step is
 * named only when it happens: with no think time there is no "go straight to answering; then
 * recording starts", which reads as two different things.
 */
export function startHint({ speak, thinkMs, autoStart }: Pick<FlowConfig, 'speak' | 'thinkMs' | 'autoStart'>): string {
  const record = autoStart ? 'recording starts on its own' : 'you press Record when ready';
  if (thinkMs > 0) {
    const think = `get ${plural(Math.round(thinkMs / 1000), 'second')} to think`;
    return `${speak ? 'It is read aloud, then you' : 'You'} ${think}; then ${record}. Nothing records until you press Start.`;
  }
  if (speak) return `It is read aloud, then ${record}. Nothing records until you press Start.`;
  return autoStart
    ? 'Recording starts as soon as you press Start.'
    : 'Press Start, then Record when you are ready. Nothing records until then.';
}
