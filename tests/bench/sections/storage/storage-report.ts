import type { BudgetCheck, Row, SectionResult } from '#tests/bench/report/types.js';
import { median, percentile, ratio, round } from '#tests/bench/support/stats.js';
import type { SizeResult } from './storage.js';

const SAVE_P95_BUDGET_MS = 20;
const START_BUDGET_MS = 300;
const BETTER_THAN_NAIVE = 10;
const NAIVE = 'electron-store';

/** Turns the storage samples into rows (ours beside the naive store) and the budgets at the largest size. */
export function reportStorage(results: SizeResult[], summaryVia: string): Omit<SectionResult, 'elapsedMs'> {
  const rows: Row[] = [];
  for (const r of results) {
    const at = `@ ${r.attempts.toLocaleString('en-US')}`;
    const appStart = median(r.appStartMs);
    const storeStart = median(r.storeStartMs);
    const naiveStart = median(r.naiveStartMs);
    rows.push(
      { name: `app start ${at} (median)`, value: round(appStart), unit: 'ms', samples: r.appStartMs.length },
      {
        name: `store + settings + summary ${at} (median)`,
        value: round(storeStart),
        unit: 'ms',
        reference: round(naiveStart),
        referenceName: NAIVE,
        ratio: ratio(storeStart, naiveStart),
        samples: r.storeStartMs.length,
      },
    );
    for (const p of [50, 95]) {
      const ours = percentile(r.saveMs, p);
      const naive = percentile(r.naiveSaveMs, p);
      rows.push({
        name: `review save p${p} ${at}`,
        value: round(ours, 2),
        unit: 'ms',
        reference: round(naive, 1),
        referenceName: NAIVE,
        ratio: ratio(ours, naive),
        samples: r.saveMs.length,
        ...(r.naiveSaveMs.length < r.saveMs.length ? { note: `${NAIVE}: ${r.naiveSaveMs.length} saves (time cap)` } : {}),
      });
    }
    rows.push({
      name: `file size ${at}`,
      value: round(r.journalBytes / 2 ** 20, 2),
      unit: 'MiB',
      reference: round(r.naiveFileBytes / 2 ** 20, 2),
      referenceName: NAIVE,
      ratio: ratio(r.journalBytes, r.naiveFileBytes),
    });
  }

  const largest = results.at(-1)!;
  const saveP95 = percentile(largest.saveMs, 95);
  const naiveSaveP95 = percentile(largest.naiveSaveMs, 95);
  const appStart = median(largest.appStartMs);
  const storeStart = median(largest.storeStartMs);
  const naiveStart = median(largest.naiveStartMs);
  const at = `at ${largest.attempts.toLocaleString('en-US')} attempts`;
  const times = (ours: number, naive: number) => {
    const better = naive / ours;
    const verdict = better >= 1 ? `${round(better, 1)}× better` : `${round(1 / better, 1)}× worse`;
    return `${verdict}: ${round(ours, 1)} ms vs ${round(naive, 1)} ms`;
  };
  const budgets: BudgetCheck[] = [
    { budget: `review save p95 ≤ ${SAVE_P95_BUDGET_MS} ms ${at}`, met: saveP95 <= SAVE_P95_BUDGET_MS, actual: `${round(saveP95, 2)} ms` },
    {
      budget: `review save p95 ≥ ${BETTER_THAN_NAIVE}× better than ${NAIVE} ${at}`,
      met: naiveSaveP95 / saveP95 >= BETTER_THAN_NAIVE,
      actual: times(saveP95, naiveSaveP95),
    },
  ];
  return {
    id: 'storage',
    title: 'Storage at scale: start and review save',
    rows,
    budgets,
    notes: [
      `Reported, no longer budgets (issue 18): start ${at} (${round(appStart, 0)} ms; it was ≤ ${START_BUDGET_MS} ms) sits far inside what a person notices, and start against ${NAIVE} (${times(storeStart, naiveStart)}; it was ≥ ${BETTER_THAN_NAIVE}×) measures JSON.parse of a large file more than our design. The save ratio stays a budget.`,
      `"app start" = the whole composition root the host runs (content, settings file checks, attempt journal, recovery scan, …) + settings:get + the summary, via ${summaryVia}; in a warm process after one untimed start (module loading not counted).`,
      `"store + settings + summary" = attempt journal + settings + per-question counts, like for like with ${NAIVE} (all attempts in one key: conf reads and parses the whole file on get, and rewrites it with fsync on every set).`,
      'Review saves go through the dispatcher (attempts:review: parse, one journal append + fdatasync, answer), one after another, to random attempts. The journal holds two lines per attempt (saved, then reviewed), as before a compaction.',
    ],
    details: { results, summaryVia },
  };
}
