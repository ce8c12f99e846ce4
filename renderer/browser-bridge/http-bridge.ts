import type { Channel } from '#shared/contract/channels.js';
import { buildStudioApi, type StudioBridge } from '#shared/contract/api.js';
import { decodeWire, encodeRequestBody } from '#shared/contract/wire.js';
import type { Result } from '#shared/contract/errors.js';
import { signPath } from '#shared/contract/signed-path.js';

/**
 * Every channel of the contract, put in by the host when it bundles this script (esbuild's define,
 * from channels.ts): importing the channel map itself would bring its zod schemas along, and this
 * script runs before the page, blocking it.
 */
declare const __STUDIO_CHANNELS__: readonly Channel[];

/**
 * The browser host's stand-in for Electron's preload: the same `window.studio` object, built
 * from the same channel list, carrying each call to `/api/<channel>` over HTTP.
 *
 * The access token is the one in the address the host printed. It stays in this page: each call
 * sends it as a header, and media and export URLs carry a signature made with it over their own
 * path. It is never a cookie, because a browser sends a 127.0.0.1 cookie to every port there,
 * so any other local server the person visited would receive it.
 */
const token = new URLSearchParams(location.search).get('token') ?? '';

async function invoke(channel: Channel, request: unknown): Promise<Result<unknown>> {
  try {
    // Bytes (audio chunks, an import's pieces) go as a binary body, not base64 in JSON.
    const { contentType, body } = encodeRequestBody(request);
    const size = typeof body === 'string' ? body.length : body.byteLength;
    const response = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': contentType, 'x-studio-token': token },
      body: body as BodyInit,
      // A review saved as the window closes must still arrive; browsers allow keepalive
      // only for small bodies (64 KiB in all), which reviews are and audio chunks are not.
      keepalive: size < 32 * 1024,
    });
    if (!response.ok) {
      return { ok: false, error: { code: 'internal', message: `The app's local server refused the call (${response.status}).` } };
    }
    return withSignedDownload(channel, decodeWire(await response.text()) as Result<unknown>);
  } catch {
    return { ok: false, error: { code: 'internal', message: "The app's local server cannot be reached. Is it still running?" } };
  }
}

/** A finished export's link is followed by the browser, without headers: it gets its signature here. */
function withSignedDownload(channel: Channel, result: Result<unknown>): Result<unknown> {
  if (channel !== 'exports:status' || !result.ok) return result;
  const status = result.value as { downloadUrl?: string | null };
  if (typeof status.downloadUrl !== 'string' || !status.downloadUrl.startsWith('/exports/')) return result;
  return { ok: true, value: { ...status, downloadUrl: signPath(token, status.downloadUrl) } };
}

const studio = {
  ...buildStudioApi(__STUDIO_CHANNELS__, invoke),
  mediaUrl: (recordingId: string) => signPath(token, `/media/${encodeURIComponent(recordingId)}`),
} satisfies StudioBridge;

Object.defineProperty(window, 'studio', { value: Object.freeze(studio), writable: false, configurable: false });
