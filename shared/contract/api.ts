import type { Result } from './errors.js';
import type { Channel, RequestOf, ResponseOf } from './channels.js';
import type { MenuAction } from './menu-actions.js';

type DomainOf<C extends string> = C extends `${infer D}:${string}` ? D : never;
type VerbOf<C extends string, D extends string> = C extends `${D}:${infer V}` ? V : never;
export type Domain = DomainOf<Channel>;

/** A channel whose request is empty may be called with no argument. */
type Call<C extends Channel> =
  undefined extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<Result<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<Result<ResponseOf<C>>>;

/**
 * What `window.studio` offers, derived from the channel map: `studio.recordings.begin(...)`
 * calls `recordings:begin`. Both front doors (preload and browser bridge) must satisfy it.
 */
export type StudioApi = {
  [D in Domain]: { [V in VerbOf<Channel, D>]: Call<Extract<Channel, `${D}:${V}`>> };
};

/**
 * The bridge adds what is not a call: where to fetch a recording's audio, and (desktop app only)
 * a subscription to the menu's actions, which answers with the way to unsubscribe.
 */
export type StudioBridge = StudioApi & {
  mediaUrl(recordingId: string): string;
  onMenuAction?(listener: (action: MenuAction) => void): () => void;
};

/** Splits `domain:verb` — the only place the channel naming rule is spelled out. */
export const splitChannel = (channel: Channel): [string, string] => {
  const at = channel.indexOf(':');
  return [channel.slice(0, at), channel.slice(at + 1)];
};

/**
 * Builds the nested `studio` object from one transport function. Used by the preload (over
 * ipcRenderer.invoke) and by the browser bridge (over HTTP), so both expose exactly the contract.
 */
export function buildStudioApi(
  channelList: readonly Channel[],
  invoke: (channel: Channel, request: unknown) => Promise<Result<unknown>>,
): StudioApi {
  const api: Record<string, Record<string, (request?: unknown) => Promise<Result<unknown>>>> = {};
  for (const channel of channelList) {
    const [domain, verb] = splitChannel(channel);
    (api[domain] ??= {})[verb] = (request?: unknown) => invoke(channel, request);
  }
  return api as unknown as StudioApi;
}
