import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Studio } from '#electron/core/open-studio.js';
import { startBrowserHost } from '#electron/browser-host/server.js';
import { mediaUrlFor } from '#electron/shell/security/schemes.js';
import { OPAQUE_ID_PATTERN } from '#shared/schemas/ids.js';
import { loadChunks } from '#tests/electron/services/recordings/support.js';
import { openTestStudio } from '#tests/support/studio.js';

const TOKEN = 'b'.repeat(48);
const SECRET = 'SECRET-OUTSIDE-THE-DATA-FOLDER';

/** Pieces hostile ids are built from: traversal, encodings, separators, NUL, prefix-sharing siblings. */
const hostilePiece = fc.constantFrom(
  '..',
  '.',
  '/',
  '\\',
  '%2e%2e',
  '%2E%2E',
  '%2f',
  '%5c',
  '%00',
  '\0',
  '%252e%252e',
  '/etc/passwd',
  'C:\\Windows',
  'recordings-evil',
  'secret.webm',
  '..%2f',
  '%c0%ae%c0%ae',
  '00000000-0000-4000-8000-000000000000',
  'file:',
  '~',
  ' ',
);
// A well-formed id that names nothing is not hostile (it is refused as not found, or deleted as nothing), so it is left out.
const hostileId = fc
  .array(hostilePiece, { minLength: 1, maxLength: 6 })
  .map((parts) => parts.join(''))
  .filter((id) => !OPAQUE_ID_PATTERN.test(id));

function rawGet(port: number, rawPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: rawPath, headers: { host: `127.0.0.1:${port}`, 'x-studio-token': TOKEN } },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString('latin1')));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

describe('only opaque ids cross the boundary: paths are refused everywhere', () => {
  let root: string;
  let dataDir: string;
  let studio: Studio;
  let host: Awaited<ReturnType<typeof startBrowserHost>>;
  let realId: string;
  const symlinkId = '11111111-1111-4111-8111-111111111111';

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-paths-'));
    dataDir = path.join(root, 'data');
    studio = await openTestStudio(dataDir);
    // Secrets beside the data folder: a sibling sharing its prefix, a sibling of recordings/, a file above.
    for (const dir of [path.join(root, 'data-evil'), path.join(dataDir, 'recordings-evil'), root]) {
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'secret.webm'), SECRET);
    }
    fs.writeFileSync(path.join(root, 'passwd'), SECRET);
    // A symlink inside recordings/ with a valid-looking id, pointing out of the data folder.
    fs.symlinkSync(path.join(root, 'secret.webm'), path.join(dataDir, 'recordings', `${symlinkId}.webm`));

    const begun = await studio.dispatch('recordings:begin', { questionId: await firstQuestion(), mimeType: 'audio/webm;codecs=opus' });
    realId = (begun as { value: { recordingId: string } }).value.recordingId;
    const { chunks } = await loadChunks('webm');
    for (const [seq, bytes] of chunks.entries()) await studio.dispatch('recordings:append', { recordingId: realId, seq, bytes });
    await studio.dispatch('recordings:finish', { recordingId: realId });

    const rendererDir = path.join(root, 'renderer');
    fs.mkdirSync(rendererDir);
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head></html>');
    host = await startBrowserHost({ studio, rendererDir, bridgeScript: '', token: TOKEN, port: 0 });
  });
  afterAll(async () => {
    await host.close();
    await studio.close();
    fs.rmSync(root, { recursive: true, force: true });
  });

  async function firstQuestion(): Promise<string> {
    const library = (await studio.dispatch('library:get', undefined)) as { value: { questions: { id: string }[] } };
    return library.value.questions[0]!.id;
  }

  it('serves the real recording, so the refusals below are meaningful', async () => {
    expect((await studio.media(new Request(mediaUrlFor(realId)))).status).toBe(200);
    expect((await rawGet(host.port, `/media/${realId}`)).status).toBe(200);
  });

  it('refuses a symlink that points out of the data folder', async () => {
    expect((await studio.media(new Request(mediaUrlFor(symlinkId)))).status).toBe(404);
    expect((await rawGet(host.port, `/media/${symlinkId}`)).status).toBe(404);
  });

  it('the media handler never serves anything for a hostile id', async () => {
    await fc.assert(
      fc.asyncProperty(hostileId, async (id) => {
        const url = `studio-media://recording/${id.replace(/[\0]/g, '%00')}`;
        let status = 404;
        try {
          status = (await studio.media(new Request(url))).status;
        } catch {
          // An unparsable URL never reaches a file at all.
        }
        expect(status).not.toBe(200);
        expect(status).not.toBe(206);
      }),
      { numRuns: 500 },
    );
  });

  it('the browser host never serves a file outside its folders for a hostile path', async () => {
    await fc.assert(
      fc.asyncProperty(hostileId, fc.constantFrom('/media/', '/', '/assets/', '/exports/'), async (id, prefix) => {
        const raw = `${prefix}${id}`.replace(/[\0]/g, '%00').replace(/\\/g, '%5c').replace(/ /g, '%20');
        const response = await rawGet(host.port, raw);
        expect(response.body).not.toContain(SECRET);
        expect(response.body).not.toContain('root:');
      }),
      { numRuns: 500 },
    );
  });

  it('IPC refuses hostile ids on every channel that takes one, and writes nothing outside', async () => {
    await fc.assert(
      fc.asyncProperty(hostileId, async (id) => {
        for (const [channel, payload] of [
          ['attempts:get', { attemptId: id }],
          ['attempts:delete', { attemptId: id }],
          ['attempts:review', { attemptId: id, review: { marks: {}, criterionNotes: {}, rating: null, nextTime: '' } }],
          ['recordings:append', { recordingId: id, seq: 0, bytes: new Uint8Array([1]) }],
          ['recordings:finish', { recordingId: id }],
          ['recordings:discard', { recordingId: id }],
        ] as const) {
          const result = await studio.dispatch(channel, payload);
          expect(result.ok, `${channel} ${JSON.stringify(id)}`).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
    expect(fs.readFileSync(path.join(root, 'secret.webm'), 'utf8')).toBe(SECRET);
    expect(fs.readdirSync(root).sort()).toEqual(['data', 'data-evil', 'passwd', 'renderer', 'secret.webm']);
  });
});
