import { decodeWire, encodeRequestBody } from '#shared/contract/wire.js';

/**
 * Calls one contract channel of a running browser host over HTTP, as a script would
 * (docs/browser-host.md): the same body encoding the page's bridge uses, the token as a header.
 * Throws the app's own error message when the call is refused.
 */
export async function callHost<T = unknown>(
  hostUrl: string,
  channel: string,
  request?: unknown,
  { timeoutMs = 30_000 }: { timeoutMs?: number } = {},
): Promise<T> {
  const url = new URL(hostUrl);
  const { contentType, body } = encodeRequestBody(request);
  const response = await fetch(`${url.origin}/api/${channel}`, {
    method: 'POST',
    headers: { 'x-studio-token': url.searchParams.get('token') ?? '', 'content-type': contentType },
    body: body as BodyInit,
    signal: AbortSignal.timeout(timeoutMs),
  });
  if (!response.ok) throw new Error(`${channel}: the host answered ${response.status}: ${await response.text()}`);
  const result = decodeWire(await response.text()) as { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!result.ok) throw new Error(`${channel}: ${result.error.code}: ${result.error.message}`);
  return result.value;
}
