import type { BenchRun, BudgetCheck, Row, SectionResult } from './types.js';

/**
 * The readable report: one block per section with its figures, the reference beside each where
 * there is one, the ratio ours ÷ reference (for times, below 1 means faster than the reference),
 * then each budget with met / NOT MET.
 */
export function formatRun(run: BenchRun): string {
  const c = run.conditions;
  const head = [
    `Interview Studio benchmarks — ${c.date}${c.quick ? ' (--quick: fewer repetitions, shorter takes)' : ''}`,
    `${c.cpus} × ${c.cpuModel}, ${Math.round(c.totalMemoryMb / 1024)} GiB RAM; Node ${c.node}; ${c.chromium ?? 'chromium not found'}`,
    `load average ${c.loadAverageAtStart.toFixed(2)} at start, ${c.loadAverageAtEnd.toFixed(2)} at end; commit ${c.gitCommit ?? '?'}${c.gitDirty ? ' + uncommitted changes' : ''}`,
  ];
  const blocks = run.sections.map(formatSection);
  const budgets = run.sections.flatMap((s) => s.budgets);
  const met = budgets.filter((b) => b.met === true).length;
  const foot = `${met} of ${budgets.length} budgets met; total ${(run.elapsedMs / 1000).toFixed(0)} s`;
  return [head.join('\n'), ...blocks, foot].join('\n\n') + '\n';
}

function formatSection(section: SectionResult): string {
  const load = section.loadAverage === undefined ? '' : `, load ${section.loadAverage.toFixed(1)} at its start`;
  const lines = [`== ${section.title} (${(section.elapsedMs / 1000).toFixed(1)} s${load}) ==`];
  if (section.error) lines.push(`  HARNESS ERROR: ${section.error}`);
  if (section.rows.length > 0) lines.push(...formatRows(section.rows));
  for (const budget of section.budgets) lines.push(formatBudget(budget));
  for (const note of section.notes) lines.push(`  · ${note}`);
  return lines.join('\n');
}

function formatRows(rows: Row[]): string[] {
  const cells = rows.map((row) => [
    row.name,
    formatValue(row.value, row.unit),
    row.reference === undefined ? '' : `${formatValue(row.reference, row.unit)} ${row.referenceName ?? ''}`.trim(),
    row.ratio == null ? '' : `${formatRatio(row.ratio)}×`,
    row.samples === undefined ? '' : `n=${row.samples}`,
    row.note ?? '',
  ]);
  const header = ['figure', 'ours', 'reference', 'ours÷ref', '', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) =>
    `  ${c
      .map((cell, i) => (i === 1 || i === 3 ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd()}`;
  return [line(header), ...cells.map(line)];
}

function formatBudget(budget: BudgetCheck): string {
  const verdict = budget.met === null ? 'NOT JUDGED' : budget.met ? 'met' : 'NOT MET';
  return `  budget: ${budget.budget} — ${verdict} (${budget.actual})`;
}

export function formatValue(value: number | null, unit: string): string {
  if (value === null) return '—';
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1;
  return `${formatNumber(value, digits)} ${unit}`.trim();
}

/** Two significant digits below 1 (0.0004 stays visible), two decimals above. */
function formatRatio(ratio: number): string {
  return ratio < 1 ? String(Number(ratio.toPrecision(2))) : formatNumber(ratio, 2);
}

function formatNumber(value: number, digits: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}
