import { parseArgs } from 'node:util';
import type { SectionId } from './report/types.js';

export const SECTION_IDS: readonly SectionId[] = ['start', 'recording', 'long-answers', 'storage', 'year', 'cpu', 'analysis', 'memory'];

export interface BenchOptions {
  sections: SectionId[];
  quick: boolean;
  jsonFile: string | null;
  /** Serve this existing renderer build instead of building renderer/ afresh. */
  rendererDir: string | null;
}

export const USAGE = `usage: npm run bench -- [--only ${SECTION_IDS.join(',')}] [--quick] [--json FILE] [--renderer DIR]

  --only LIST   run only these sections (comma-separated)
  --quick       fewer repetitions and shorter takes: a smoke run, not figures to quote
  --json FILE   also write the figures as JSON to FILE
  --renderer DIR  serve this existing renderer build (e.g. dist/renderer) instead of
                building renderer/ afresh into a temp folder`;

export class UsageError extends Error {}

export function parseBenchArgs(argv: string[]): BenchOptions | 'help' {
  let values: { only?: string; quick?: boolean; json?: string; renderer?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        only: { type: 'string' },
        quick: { type: 'boolean' },
        json: { type: 'string' },
        renderer: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) return 'help';
  let sections = [...SECTION_IDS];
  if (values.only !== undefined) {
    const asked = values.only
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const unknown = asked.filter((s) => !SECTION_IDS.includes(s as SectionId));
    if (unknown.length > 0 || asked.length === 0) throw new UsageError(`--only takes section names from: ${SECTION_IDS.join(', ')}`);
    // Keep the standard order, whatever order they were asked in.
    sections = SECTION_IDS.filter((id) => asked.includes(id));
  }
  return { sections, quick: values.quick ?? false, jsonFile: values.json ?? null, rendererDir: values.renderer ?? null };
}
