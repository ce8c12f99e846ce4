import type { Library } from '#shared/content/schema.js';
import type { QuestionProgress } from '#shared/schemas/progress.js';
import type { Settings } from '#shared/schemas/settings.js';
import type { StudioClient } from '#renderer/api/client.js';

export type StartupData = [library: Library, settings: Settings, questionStats: QuestionProgress[]];

const early = new WeakMap<StudioClient, Promise<StartupData>>();

const fetchStartupData = (client: StudioClient): Promise<StartupData> =>
  Promise.all([client.library.get(), client.settings.get(), client.progress.questions()]);

/**
 * Starts the calls the first screen waits for (library, settings, per-question counts) before
 * React and the app are loaded, so main answers them while the page compiles its code. main.tsx
 * calls this once the prerendered screen is on screen; the app takes the answers with takeStartupData().
 */
export function startStartupData(client: StudioClient): void {
  const pending = fetchStartupData(client);
  pending.catch(() => undefined); // seen by takeStartupData; not an unhandled rejection meanwhile
  early.set(client, pending);
}

/** The early calls' answers the first time (once only), fresh calls after that or if none were started. */
export function takeStartupData(client: StudioClient): Promise<StartupData> {
  const pending = early.get(client);
  early.delete(client);
  return pending ?? fetchStartupData(client);
}

/**
 * The early library answer without taking it (the app still does): boot.tsx hydrates the
 * prerendered first screen with its built-in part. Undefined if the early calls were not started.
 */
export function peekStartupLibrary(client: StudioClient): Promise<Library> | undefined {
  return early.get(client)?.then(([library]) => library);
}
