/**
 * What every benchmark section hands back: rows for the table (the same figures go to JSON), the
 * budgets it checked, and free-form notes. Budgets are reported, never enforced: speed and memory
 * vary with the machine, so a slow figure is information, not a failing build.
 */

export type SectionId = 'start' | 'recording' | 'long-answers' | 'storage' | 'year' | 'cpu' | 'analysis' | 'memory';

export interface Row {
  /** What was measured, e.g. "review save p95 @ 10,000 attempts". */
  name: string;
  /** Ours: the app's figure. null when it could not be measured (the note says why). */
  value: number | null;
  unit: string;
  /** The same measurement of the reference (floor or naive baseline) in the same run, when there is one. */
  reference?: number | null;
  /** Which reference, e.g. "blank page" or "electron-store". */
  referenceName?: string;
  /**
   * value ÷ reference. For times "lower is better", so 0.1 means ten times faster than the reference;
   * the table also prints it the way round that reads naturally (×10 faster / ×3 slower).
   */
  ratio?: number | null;
  /** How many samples the figure summarises. */
  samples?: number;
  note?: string;
}

export interface BudgetCheck {
  /** The budget as the issue states it, e.g. "stop → replayable ≤ 300 ms". */
  budget: string;
  /** true met, false not met, null could not be judged (a figure is missing). */
  met: boolean | null;
  /** The figure(s) it was judged on. */
  actual: string;
}

export interface SectionResult {
  id: SectionId;
  title: string;
  rows: Row[];
  budgets: BudgetCheck[];
  notes: string[];
  /** Raw samples and intermediate figures, for the JSON output only. */
  details?: Record<string, unknown>;
  /** Set when the section itself broke (a harness failure, not a slow figure). */
  error?: string;
  elapsedMs: number;
  /** 1-minute load average when the section began (set by run.ts): how noisy its figures may be. */
  loadAverage?: number;
}

export interface RunConditions {
  date: string;
  quick: boolean;
  node: string;
  chromium: string | null;
  cpus: number;
  cpuModel: string;
  totalMemoryMb: number;
  /** 1-minute load average at the start and end of the run: how busy the machine was. */
  loadAverageAtStart: number;
  loadAverageAtEnd: number;
  gitCommit: string | null;
  /** True when the working tree had uncommitted changes (the bench measures the working tree). */
  gitDirty: boolean;
}

export interface BenchRun {
  conditions: RunConditions;
  sections: SectionResult[];
  elapsedMs: number;
}
