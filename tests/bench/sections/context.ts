import type { Cleanup } from '#tests/bench/support/cleanup.js';
import type { RendererBuild } from '#tests/bench/support/renderer-build.js';

/** What run.ts hands every section. */
export interface SectionContext {
  quick: boolean;
  /** Undoes everything the section starts; run.ts runs it after the section, whatever happened. */
  cleanup: Cleanup;
  /** The renderer build the browser sections serve; built once per run, on first use. */
  renderer(): RendererBuild;
  /** Progress on stderr, so stdout holds only the table. */
  log(message: string): void;
}
