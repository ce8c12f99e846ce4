import type { Library } from '#shared/content/schema.js';

/**
 * The library as the build knows it: without the person's own questions. The prerendered first
 * screen is drawn from the built-in bank, and hydration must draw it from the same data, so the
 * page takes main's library and leaves out what only this person has (it follows once the app runs).
 */
export function builtInPart(library: Library): Library {
  return { ...library, questions: library.questions.filter((q) => !q.custom) };
}

/** The performance mark set once React has taken over the page (hydrated or rendered); the start benchmark reads it. */
export const INTERACTIVE_MARK = 'interview-studio:interactive';
