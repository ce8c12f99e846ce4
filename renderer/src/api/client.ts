import type { StudioApi, StudioBridge } from '#shared/contract/api.js';
import { StudioError, type Result } from '#shared/contract/studio-error.js';

/** The same calls as the bridge, but each resolves to its value or throws a StudioError. */
export type StudioClient = {
  [D in keyof StudioApi]: {
    [V in keyof StudioApi[D]]: StudioApi[D][V] extends (...args: infer A) => Promise<Result<infer T>> ? (...args: A) => Promise<T> : never;
  };
} & { mediaUrl(recordingId: string): string };

export async function unwrap<T>(pending: Promise<Result<T>>): Promise<T> {
  let result: Result<T>;
  try {
    result = await pending;
  } catch (cause) {
    // A transport failure (the host went away, a network error in the browser host) has no code
    // of its own; it is reported like any other unexpected failure.
    throw new StudioError('internal', cause instanceof Error ? cause.message : String(cause));
  }
  if (result.ok) return result.value;
  throw new StudioError(result.error.code, result.error.message);
}

/** Wraps every `domain.verb` of the bridge once, so components never see a Result. */
export function createClient(bridge: StudioBridge): StudioClient {
  const client: Record<string, unknown> = { mediaUrl: (id: string) => bridge.mediaUrl(id) };
  for (const [domain, verbs] of Object.entries(bridge)) {
    if (typeof verbs !== 'object' || verbs === null) continue;
    const wrapped: Record<string, unknown> = {};
    for (const [verb, call] of Object.entries(verbs as Record<string, unknown>)) {
      if (typeof call !== 'function') continue;
      wrapped[verb] = (request?: unknown) => unwrap(call.call(verbs, request) as Promise<Result<unknown>>);
    }
    client[domain] = wrapped;
  }
  return client as StudioClient;
}
