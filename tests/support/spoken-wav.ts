import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const generatedDir = path.resolve(import.meta.dirname, '..', '.generated');

/**
 * A spoken answer as a WAV, made at test time with espeak-ng and sox: 48 kHz mono 16-bit,
 * with `leadSeconds` of silence before the words and `tailSeconds` after. Cached by content.
 */
export function spokenWav(text: string, options: { leadSeconds?: number; tailSeconds?: number } = {}): string {
  const lead = options.leadSeconds ?? 0.3;
  const tail = options.tailSeconds ?? 0.5;
  const key = createHash('sha256').update(`${text}|${lead}|${tail}`).digest('hex').slice(0, 16);
  fs.mkdirSync(generatedDir, { recursive: true });
  const out = path.join(generatedDir, `spoken-${key}.wav`);
  if (fs.existsSync(out)) return out;
  const raw = path.join(generatedDir, `raw-${key}-${process.pid}.wav`);
  execFileSync('espeak-ng', ['-s', '150', '-w', raw, text]);
  const temp = `${out}.${process.pid}.tmp.wav`;
  execFileSync('sox', [raw, '-r', '48000', '-c', '1', '-b', '16', temp, 'pad', String(lead), String(tail)]);
  fs.renameSync(temp, out);
  fs.rmSync(raw, { force: true });
  return out;
}
