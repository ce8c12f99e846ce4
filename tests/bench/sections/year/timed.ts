/** How often the bench asks for progress, as the page polls (every 250 ms) but finer. */
export const POLL_MS = 50;
export const MB = 2 ** 20;

/** One export or import of the year, timed, with its memory and its longest silence. */
export interface Timed {
  ms: number;
  bytes: number;
  /** The longest time without news of progress, from the start until done. */
  longestSilenceMs: number;
  rss: { before: number; peak: number; growth: number };
}
