import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMediaHandler, parseRange } from '#electron/services/recordings/media-handler.js';
import { resolveRecordingFile } from '#electron/services/recordings/resolve-file.js';

const ID = '6a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
let dir: string;
let bytes: Uint8Array;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'studio-media-'));
  bytes = new Uint8Array(1000).map((_, i) => i % 251);
  await writeFile(join(dir, `${ID}.webm`), bytes, { mode: 0o600 });
  handler = createMediaHandler((id) => resolveRecordingFile(dir, id));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const electronUrl = (id: string) => `studio-media://recording/${id}`;
const get = (url: string, headers: Record<string, string> = {}, method = 'GET') => handler(new Request(url, { method, headers }));
const body = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('the media handler', () => {
  it('serves the whole file with 200, its type, Accept-Ranges and no caching', async () => {
    const response = await get(electronUrl(ID));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('audio/webm');
    expect(response.headers.get('content-length')).toBe('1000');
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('content-range')).toBeNull();
    expect(await body(response)).toEqual(bytes);
  });

  it('takes the id from the last path segment, as the browser host mounts it', async () => {
    const response = await get(`http://127.0.0.1:5123/media/${ID}?token=abc`);
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual(bytes);
  });

  it.each([
    ['bytes=100-199', 100, 199],
    ['bytes=900-', 900, 999],
    ['bytes=-10', 990, 999],
    ['bytes=0-0', 0, 0],
    ['bytes=995-5000', 995, 999], // an end past the file is clamped
    ['bytes=-5000', 0, 999], // a suffix longer than the file is the whole file
  ])('answers %s with 206 and exactly those bytes', async (range, start, end) => {
    const response = await get(electronUrl(ID), { Range: range });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/1000`);
    expect(response.headers.get('content-length')).toBe(String(end - start + 1));
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await body(response)).toEqual(bytes.subarray(start, end + 1));
  });

  it.each(['bytes=1000-', 'bytes=1000-1001', 'bytes=-0'])('answers %s with 416 and the size', async (range) => {
    const response = await get(electronUrl(ID), { Range: range });
    expect(response.status).toBe(416);
    expect(response.headers.get('content-range')).toBe('bytes */1000');
    expect(await body(response)).toEqual(new Uint8Array(0));
  });

  it.each(['items=0-1', 'bytes=5-2', 'bytes=0-1,5-6', 'bytes=-', 'nonsense'])(
    'ignores a Range it does not understand (%s)',
    async (range) => {
      const response = await get(electronUrl(ID), { Range: range });
      expect(response.status).toBe(200);
      expect(await body(response)).toEqual(bytes);
    },
  );

  it('answers HEAD with the headers and no body', async () => {
    const whole = await get(electronUrl(ID), {}, 'HEAD');
    expect(whole.status).toBe(200);
    expect(whole.headers.get('content-length')).toBe('1000');
    expect(whole.headers.get('content-type')).toBe('audio/webm');
    expect(whole.body).toBeNull();
    const part = await get(electronUrl(ID), { Range: 'bytes=10-19' }, 'HEAD');
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 10-19/1000');
    expect(part.headers.get('content-length')).toBe('10');
    expect(part.body).toBeNull();
  });

  it.each(['POST', 'PUT', 'DELETE', 'OPTIONS'])('refuses %s with 405', async (method) => {
    const response = await handler(new Request(electronUrl(ID), { method }));
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it.each([
    ['an unknown id', electronUrl('0b8e1f7e-2b0c-4d3a-9a61-5c2b8f0e7d11')],
    ['no id', 'studio-media://recording/'],
    ['a parent path', 'studio-media://recording/..%2f..%2fetc%2fpasswd'],
    ['encoded dots', 'studio-media://recording/%2e%2e'],
    ['a dotted segment', 'http://127.0.0.1/media/../../etc/passwd'],
    ['an id with an extension', electronUrl(`${ID}.webm`)],
    ['an upper-case id', electronUrl(ID.toUpperCase())],
    ['a NUL', electronUrl(`${ID}%00`)],
  ])('answers 404 for %s', async (_label, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('answers 404 when the file went away after it was resolved', async () => {
    const gone = createMediaHandler(() => ({ path: join(dir, 'missing.webm'), mimeType: 'audio/webm', size: 10 }));
    expect((await gone(new Request(electronUrl(ID)))).status).toBe(404);
  });

  it('streams: a small range of a large file reads only that range', async () => {
    const bigId = '7b2c3d4e-5f60-4b7c-9d8e-1f2a3b4c5d6e';
    const big = Buffer.alloc(20 * 1024 * 1024, 7);
    big.write('tail', big.length - 4);
    await writeFile(join(dir, `${bigId}.webm`), big);
    const before = process.memoryUsage().arrayBuffers;
    const response = await get(electronUrl(bigId), { Range: 'bytes=-4' });
    expect(new TextDecoder().decode(await body(response))).toBe('tail');
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(5 * 1024 * 1024);
  });
});

describe('parseRange', () => {
  it('handles an empty file: no range can be satisfied', () => {
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
    expect(parseRange('bytes=-1', 0)).toBe('unsatisfiable');
    expect(parseRange(null, 0)).toBeNull();
  });
  it('tolerates spaces and case', () => {
    expect(parseRange(' Bytes = 1 - 2 ', 10)).toEqual({ start: 1, end: 2 });
  });
});
