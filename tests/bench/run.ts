/**
 * `npm run bench -- [--only start,storage] [--quick] [--json FILE]`: how fast Interview Studio
 * starts, records, saves and scales, and how much memory it holds on to. Prints a table on stdout
 * (progress on stderr) and reports whether each budget is met, without failing on a missed one:
 * the exit code is 0 unless the harness itself broke (then 1; bad usage 2).
 */
import os from 'node:os';
import { runConditions } from './conditions.js';
import { USAGE, UsageError, parseBenchArgs } from './options.js';
import { writeRunJson } from './report/json.js';
import { formatRun } from './report/table.js';
import type { BenchRun, SectionId, SectionResult } from './report/types.js';
import type { SectionContext } from './sections/context.js';
import { benchAnalysis } from './sections/analysis.js';
import { benchCpu } from './sections/cpu.js';
import { benchMemory } from './sections/memory.js';
import { benchLongAnswers } from './sections/long-answers.js';
import { benchRecording } from './sections/recording.js';
import { benchStart } from './sections/start.js';
import { benchStorage } from './sections/storage/storage.js';
import { benchYear } from './sections/year/year.js';
import { Cleanup } from './support/cleanup.js';
import { buildRenderer, copyRendererBuild, type RendererBuild } from './support/renderer-build.js';

const SECTIONS: Record<SectionId, { title: string; run: (ctx: SectionContext) => Promise<SectionResult> }> = {
  start: { title: 'Start', run: benchStart },
  recording: { title: 'Recording', run: benchRecording },
  'long-answers': { title: 'Long answers', run: benchLongAnswers },
  storage: { title: 'Storage', run: benchStorage },
  year: { title: 'A year of recordings', run: benchYear },
  cpu: { title: 'CPU while practicing', run: benchCpu },
  analysis: { title: 'Analysis', run: benchAnalysis },
  memory: { title: 'Memory', run: benchMemory },
};

const log = (message: string) => process.stderr.write(`${message}\n`);

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseBenchArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    log(`${error.message}\n${USAGE}`);
    return 2;
  }
  if (options === 'help') {
    console.log(USAGE);
    return 0;
  }

  const runStarted = performance.now();
  const conditions = runConditions(options.quick);
  // The renderer build outlives the sections that share it; it goes when the run ends.
  const runCleanup = new Cleanup();
  let sectionCleanup: Cleanup | null = null;
  // On Ctrl-C the cleanups run at once (closing the browser makes the section's pending calls fail,
  // so it unwinds); the run then stops before the next section and exits 130 once all is undone.
  let interrupted: Promise<void> | null = null;
  const interrupt = (signal: NodeJS.Signals) => {
    if (interrupted) return;
    log(`bench: ${signal}, cleaning up`);
    interrupted = (async () => {
      await sectionCleanup?.run(log);
      await runCleanup.run(log);
    })();
    // A section busy in a synchronous loop cannot notice; everything it started is gone by now anyway.
    void interrupted.then(() => setTimeout(() => process.exit(130), 90_000).unref());
  };
  // `on`, not `once`: Playwright's own SIGINT handler exits at once when it finds itself the only listener.
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);

  let build: RendererBuild | null = null;
  const renderer = () => {
    if (!build) {
      log(
        options.rendererDir
          ? `bench: copying the renderer build ${options.rendererDir}…`
          : 'bench: building the renderer into a temp folder…',
      );
      build = options.rendererDir ? copyRendererBuild(runCleanup, options.rendererDir) : buildRenderer(runCleanup);
    }
    return build;
  };

  const sections: SectionResult[] = [];
  try {
    for (const id of options.sections) {
      if (interrupted) break;
      const section = SECTIONS[id];
      const cleanup = new Cleanup();
      sectionCleanup = cleanup;
      const started = performance.now();
      const loadAverage = os.loadavg()[0]!;
      log(`bench: ${section.title}…`);
      try {
        sections.push({ ...(await section.run({ quick: options.quick, cleanup, renderer, log })), loadAverage });
      } catch (error) {
        log(`bench: ${section.title} broke: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        sections.push({
          id,
          title: section.title,
          rows: [],
          budgets: [],
          notes: [],
          error: error instanceof Error ? error.message.split('\n')[0]! : String(error),
          elapsedMs: performance.now() - started,
          loadAverage,
        });
      } finally {
        await cleanup.run(log);
        sectionCleanup = null;
      }
    }
  } finally {
    await runCleanup.run(log);
  }
  if (interrupted) {
    await interrupted;
    return 130;
  }

  const run: BenchRun = {
    conditions: { ...conditions, loadAverageAtEnd: os.loadavg()[0]! },
    sections,
    elapsedMs: performance.now() - runStarted,
  };
  process.stdout.write(formatRun(run));
  if (options.jsonFile) {
    writeRunJson(options.jsonFile, run);
    log(`bench: figures written to ${options.jsonFile}`);
  }
  return sections.some((s) => s.error) ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
