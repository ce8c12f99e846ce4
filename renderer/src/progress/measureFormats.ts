/** "12 s", "2.5 s": tenths only under ten seconds, and none on a whole second (the axis ticks are whole). */
export const seconds = (ms: number): string => {
  const s = ms / 1000;
  return `${Number.isInteger(s) || s >= 10 ? Math.round(s) : s.toFixed(1)} s`;
};

/** "3", "1.5": an average count keeps one decimal. */
export const count = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** "148": words per minute, whole (the chart's title carries the unit; "148 words/min" is too wide for its axis). */
export const wordsPerMinute = (n: number): string => String(Math.round(n));

/** "1.8 st": pitch variety, one decimal. */
export const semitones = (n: number): string => `${n.toFixed(1)} st`;
