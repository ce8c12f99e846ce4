import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNames } from '#shared/contract/channels.js';

const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../../docs/browser-host.md'), 'utf8');

/** The channels named in the first cell of each row of docs/browser-host.md's channel table. */
function documentedChannels(markdown: string): string[] {
  return [...markdown.matchAll(/^\| `([a-z]+:[A-Za-z]+)` \|/gm)].map((match) => match[1]!);
}

describe('docs/browser-host.md', () => {
  it('lists every channel of the contract once, and none that is not in it', () => {
    const documented = documentedChannels(doc);
    const repeated = documented.filter((name, i) => documented.indexOf(name) !== i);
    expect(repeated, 'listed twice').toEqual([]);
    expect(
      channelNames.filter((name) => !documented.includes(name)),
      'in the contract but not in the table',
    ).toEqual([]);
    expect(
      documented.filter((name) => !(channelNames as readonly string[]).includes(name)),
      'in the table but not in the contract',
    ).toEqual([]);
  });
});
