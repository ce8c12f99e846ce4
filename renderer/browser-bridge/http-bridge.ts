import type { Channel } from '#shared/contract/channels.js';
import { buildStudioApi, type StudioBridge } from '#shared/contract/api.js';
import { decodeWire, encodeWire } from '#shared/contract/wire.js';
import type { Result } from '#shared/contract/errors.js';

/**
 * Every channel of the contract, put in by the host when it bundles this script (esbuild's define,
 * from channels.ts): importing the channel map itself would bring its zod schemas along, and this
 * script runs before the page, blocking it.
 */
declare const __STUDIO_CHANNELS__: readonly Channel[];

/**
 * The browser host's stand-in for Electron's preload: the same `window.studio` object, built
 * from the same channel list, carrying each call to `/api/<channel>` over HTTP. The access
 * token travels in an HttpOnly cookie the host set with the page, so no script can read it.
 */
async function invoke(channel: Channel, request: unknown): Promise<Result<unknown>> {
  try {
    const body = request === undefined ? '' : encodeWire(request);
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      // A review saved as the window closes must still arrive; browsers allow keepalive
      // only for small bodies (64 KiB in all), which reviews are and audio chunks are not.
      keepalive: body.length < 32 * 1024,
    });
    if (!response.ok) {
      return { ok: false, error: { code: 'internal', message: `The app's local server refused the call (${response.status}).` } };
    }
    return decodeWire(await response.text()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: "The app's local server cannot be reached. Is it still running?" } };
  }
}

const studio = {
  ...buildStudioApi(__STUDIO_CHANNELS__, invoke),
  mediaUrl: (recordingId: string) => `/media/${encodeURIComponent(recordingId)}`,
} satisfies StudioBridge;

Object.defineProperty(window, 'studio', { value: Object.freeze(studio), writable: false, configurable: false });
