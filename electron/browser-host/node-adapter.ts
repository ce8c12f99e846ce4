import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';

/** Node's request as a web-standard Request, so the one media handler serves both front doors. */
export function toWebRequest(req: IncomingMessage, url: URL): Request {
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (typeof value === 'string') headers.set(key, value);
    else if (Array.isArray(value)) for (const v of value) headers.append(key, v);
  }
  return new Request(url, { method: req.method, headers });
}

/** Writes a web Response to Node's response, streaming the body (media can be megabytes). */
export async function sendWebResponse(response: Response, res: ServerResponse, extraHeaders: Record<string, string>): Promise<void> {
  const headers: Record<string, string> = { ...extraHeaders };
  response.headers.forEach((value, key) => {
    headers[key] = value;
  });
  res.writeHead(response.status, headers);
  if (!response.body) {
    res.end();
    return;
  }
  const body = Readable.fromWeb(response.body as import('node:stream/web').ReadableStream);
  await new Promise<void>((resolve, reject) => {
    body.on('error', reject);
    res.on('close', resolve);
    body.pipe(res);
  });
}

/**
 * The whole body, or a RangeError once it passes `limit`; bytes, so a binary body is never decoded
 * as text. Past the limit nothing more is kept, but the rest is read (up to eight times the limit)
 * so the caller can still answer in words: a server that stops reading makes the sender's write
 * fail with a reset before it ever sees the answer.
 */
export async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of req) {
    size += (part as Buffer).length;
    if (size > limit * 8) break; // leaving the loop destroys the request: nobody sends us that much honestly
    if (size <= limit) parts.push(part as Buffer);
  }
  if (size > limit) throw new RangeError(`request body over ${limit} bytes`);
  return Buffer.concat(parts);
}
