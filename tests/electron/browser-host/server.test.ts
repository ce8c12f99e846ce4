import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheControlFor, startBrowserHost } from '#electron/browser-host/server.js';
import { BINARY_CONTENT_TYPE, decodeWire, encodeRequestBody, encodeWire } from '#shared/contract/wire.js';
import { signPath } from '#shared/contract/signed-path.js';
import { openTestStudio } from '#tests/support/studio.js';
import { useTempDirs } from '#tests/support/temp-dir.js';
import fs from 'node:fs';
import path from 'node:path';

const TOKEN = 'a'.repeat(48);

/** Raw HTTP, so the test controls Host and Origin exactly as an attacker could. */
function request(port: number, options: { path: string; method?: string; headers?: Record<string, string>; body?: string | Uint8Array }) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${port}`, ...options.headers },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser host', () => {
  const tempDir = useTempDirs();
  const closers: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
  });

  async function start() {
    const dataDir = tempDir();
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    const studio = await openTestStudio(dataDir);
    const host = await startBrowserHost({ studio, rendererDir, bridgeScript: 'window.bridge=1', token: TOKEN, port: 0 });
    closers.push(host.close, studio.close);
    return { host, dataDir, rendererDir };
  }

  it('prints a URL on 127.0.0.1 that carries the token', async () => {
    const { host } = await start();
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('serves the page with the bridge and the CSP, and sets no cookie (other ports would receive it)', async () => {
    const { host } = await start();
    const page = await request(host.port, { path: `/?token=${TOKEN}` });
    expect(page.status).toBe(200);
    // Deferred: it still runs before the app's module, without holding back the first paint.
    expect(page.body).toContain('<script defer src="/studio-bridge.js"></script>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['set-cookie']).toBeUndefined();
    // The app's own static files are fetched by the page without headers; they hold nothing of the person's.
    expect((await request(host.port, { path: '/studio-bridge.js' })).status).toBe(200);
    expect((await request(host.port, { path: '/studio-bridge.js', headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('lets the browser keep the built scripts and styles (named by their content), and nothing else', async () => {
    const { host, rendererDir } = await start();
    fs.mkdirSync(path.join(rendererDir, 'assets'));
    fs.writeFileSync(path.join(rendererDir, 'assets', 'index-DtVUXoWp.js'), 'export {};');
    const script = await request(host.port, { path: '/assets/index-DtVUXoWp.js' });
    expect(script.status).toBe(200);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await request(host.port, { path: `/?token=${TOKEN}` });
    expect(page.headers['cache-control']).toBe('no-store');
    expect((await request(host.port, { path: '/studio-bridge.js' })).headers['cache-control']).toBe('no-store');
    const api = await request(host.port, { path: '/api/settings:get', method: 'POST', headers: { 'x-studio-token': TOKEN } });
    expect(api.headers['cache-control']).toBe('no-store');
  });

  it.each([
    ['/assets/index-DtVUXoWp.js', 'public, max-age=31536000, immutable'],
    ['/assets/CompareScreen-BE3bEGmQ.css', 'public, max-age=31536000, immutable'],
    ['/assets/Dialog-Cz-pB-iS.js', 'public, max-age=31536000, immutable'],
    ['/favicon.svg', 'no-store'],
    ['/index.html', 'no-store'],
    ['/assets/unhashed.js', 'no-store'],
    ['/media/a-recording-0123456789', 'no-store'],
  ])('cache policy for %s', (pathname, policy) => {
    expect(cacheControlFor(pathname)).toBe(policy);
  });

  it.each([
    ['no token', {}, '/'],
    ['a wrong token', {}, '/?token=nope'],
    ['a foreign Host', { host: 'evil.example:80' }, `/?token=${TOKEN}`],
    ['a rebinding Host', { host: `attacker.example` }, `/?token=${TOKEN}`],
    ['a foreign Origin', { origin: 'http://evil.example' }, `/?token=${TOKEN}`],
  ])('answers 403 to %s', async (_name, headers, url) => {
    const { host } = await start();
    expect((await request(host.port, { path: url, headers })).status).toBe(403);
    expect((await request(host.port, { path: '/api/settings:get', method: 'POST', headers: { ...headers } })).status).toBe(403);
  });

  it('answers contract calls with the token as a header, and not to a cookie', async () => {
    const { host } = await start();
    const viaCookie = await request(host.port, {
      path: '/api/settings:get',
      method: 'POST',
      headers: { cookie: `studio_token_${host.port}=${TOKEN}`, origin: `http://127.0.0.1:${host.port}` },
    });
    expect(viaCookie.status).toBe(403);
    const viaHeader = await request(host.port, {
      path: '/api/settings:set',
      method: 'POST',
      headers: { 'x-studio-token': TOKEN },
      body: encodeWire({ thinkSeconds: 10 }),
    });
    expect(decodeWire(viaHeader.body)).toMatchObject({ ok: true, value: { thinkSeconds: 10 } });
  });

  it('serves media to a URL signed for it, and to nothing else without the token', async () => {
    const { host } = await start();
    const id = '6a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
    // An unknown recording is 404 once past the door; without a signature or token it is 403 at the door.
    expect((await request(host.port, { path: signPath(TOKEN, `/media/${id}`) })).status).toBe(404);
    expect((await request(host.port, { path: `/media/${id}` })).status).toBe(403);
    expect((await request(host.port, { path: `${signPath(TOKEN, `/media/${id}`)}`.replace(id, id.replace('6a', '7a')) })).status).toBe(403);
    // A signature opens files only, never the API.
    const sig = signPath(TOKEN, '/api/settings:get').split('?')[1];
    expect((await request(host.port, { path: `/api/settings:get?${sig}`, method: 'POST' })).status).toBe(403);
  });

  it('gives typed errors for malformed bodies, unknown channels and wrong methods, and writes nothing', async () => {
    const { host, dataDir } = await start();
    const before = fs.readdirSync(dataDir).sort();
    const call = (channel: string, body: string) =>
      request(host.port, { path: `/api/${channel}`, method: 'POST', headers: { 'x-studio-token': TOKEN }, body });
    expect(decodeWire((await call('settings:set', '{not json')).body)).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(decodeWire((await call('settings:set', '{"thinkSeconds":-5}')).body)).toMatchObject({
      ok: false,
      error: { code: 'invalid_request' },
    });
    expect(decodeWire((await call('files:read', '{}')).body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    expect((await request(host.port, { path: '/api/settings:get', headers: { 'x-studio-token': TOKEN } })).status).toBe(405);
    expect(fs.readdirSync(dataDir).sort()).toEqual(before);
  });

  it('takes an import piece as a binary body, byte for byte, as it takes base64 in JSON', async () => {
    const { host, dataDir } = await start();
    const call = async (channel: string, value: unknown) => {
      const { contentType, body } = encodeRequestBody(value);
      const answer = await request(host.port, {
        path: `/api/${channel}`,
        method: 'POST',
        headers: { 'x-studio-token': TOKEN, 'content-type': contentType },
        body,
      });
      return decodeWire(answer.body) as { ok: boolean; value: Record<string, unknown>; error: { code: string; message: string } };
    };
    // Every byte value, so nothing is read as text on the way.
    const piece = new Uint8Array(4 * 1024 * 1024).map((_, i) => (i * 7) % 256);
    const { value } = await call('imports:begin', { totalBytes: piece.byteLength + 3 });
    const importId = value.importId as string;
    expect(encodeRequestBody({ importId, seq: 0, bytes: piece }).contentType).toBe(BINARY_CONTENT_TYPE);
    expect(await call('imports:append', { importId, seq: 0, bytes: piece })).toMatchObject({
      ok: true,
      value: { bytesReceived: piece.byteLength },
    });
    // A script may still send JSON with base64 (docs/browser-host.md).
    const viaJson = await request(host.port, {
      path: '/api/imports:append',
      method: 'POST',
      headers: { 'x-studio-token': TOKEN },
      body: encodeWire({ importId, seq: 1, bytes: new Uint8Array([1, 2, 3]) }),
    });
    expect(decodeWire(viaJson.body)).toMatchObject({ ok: true, value: { bytesReceived: piece.byteLength + 3 } });
    const received = fs.readFileSync(path.join(dataDir, 'imports', `${importId}.zip.part`));
    expect(received.subarray(0, piece.byteLength).equals(Buffer.from(piece))).toBe(true);
    expect([...received.subarray(piece.byteLength)]).toEqual([1, 2, 3]);
  });

  it('refuses malformed and oversized binary bodies in plain words, and writes nothing', async () => {
    const { host, dataDir } = await start();
    const post = async (channel: string, body: Uint8Array) =>
      decodeWire(
        (
          await request(host.port, {
            path: `/api/${channel}`,
            method: 'POST',
            headers: { 'x-studio-token': TOKEN, 'content-type': BINARY_CONTENT_TYPE },
            body,
          })
        ).body,
      ) as { ok: boolean; error: { code: string; message: string } };
    const begun = decodeWire(
      (
        await request(host.port, {
          path: '/api/imports:begin',
          method: 'POST',
          headers: { 'x-studio-token': TOKEN },
          body: '{"totalBytes":100}',
        })
      ).body,
    ) as { value: { importId: string } };
    const importId = begun.value.importId;
    const part = path.join(dataDir, 'imports', `${importId}.zip.part`);
    const good = encodeRequestBody({ importId, seq: 0, bytes: new Uint8Array([9, 9, 9]) }).body as Uint8Array;
    const head = (text: string, tail: number[] = []) => {
      const bytes = new TextEncoder().encode(text);
      return Uint8Array.from([0, 0, 0, bytes.length, ...bytes, ...tail]);
    };
    const cases: [string, Uint8Array, RegExp][] = [
      ['too short', new Uint8Array([0, 0]), /too short/],
      ['head longer than the body', Uint8Array.from([0, 0, 1, 0, 123]), /shorter than its head says/],
      ['head not JSON', head('{nope'), /not valid JSON/],
      ['head not ASCII', Uint8Array.from([0, 0, 0, 2, 0xff, 0xfe]), /not plain ASCII JSON/],
      ['range outside the body', head(`{"importId":"${importId}","seq":0,"bytes":{"$bytesAt":[0,9]}}`, [1, 2]), /outside its body/],
      ['range not numbers', head(`{"importId":"${importId}","seq":0,"bytes":{"$bytesAt":["0",1]}}`, [1]), /malformed/],
      ['bytes left over', Uint8Array.from([...good, 7]), /does not account for/],
      [
        'bytes where a number belongs',
        head(`{"importId":"${importId}","seq":{"$bytesAt":[0,1]},"bytes":{"$bytesAt":[1,1]}}`, [1, 2]),
        /seq/i,
      ],
    ];
    for (const [what, body, message] of cases) {
      const answer = await post('imports:append', body);
      expect(answer, what).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
      expect(answer.error.message, what).toMatch(message);
    }
    // Over the body limit: refused as too large before anything is decoded.
    const huge = await post('imports:append', new Uint8Array(9 * 1024 * 1024));
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid_request', message: 'The request is too large.' } });
    expect(fs.statSync(part).size).toBe(0);
    expect(await post('imports:append', good)).toMatchObject({ ok: true });
    expect(fs.statSync(part).size).toBe(3);
  });

  it('answers 400, not 500, to a malformed percent-encoding in a channel name', async () => {
    const { host } = await start();
    for (const channel of ['%E0%A4%A', '%', 'settings%3Aget%ZZ']) {
      const answer = await request(host.port, { path: `/api/${channel}`, method: 'POST', headers: { 'x-studio-token': TOKEN } });
      expect(answer.status, channel).toBe(400);
      expect(answer.body).toContain('not valid percent-encoding');
    }
  });

  it('refuses paths outside the renderer folder', async () => {
    const { host } = await start();
    for (const p of ['/../package.json', '/%2e%2e/package.json', '/..%2fpackage.json', '/%00']) {
      expect((await request(host.port, { path: p, headers: { 'x-studio-token': TOKEN } })).status).toBe(404);
    }
  });
});
