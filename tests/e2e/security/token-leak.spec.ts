import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { launchChromium } from '#tests/support/chromium.js';
import { startHostProcess } from '#tests/support/browser-host-process.js';
import { seedAnswers } from '#tests/e2e/data/seed.js';

type Seen = { url: string; headers: http.IncomingHttpHeaders };

/** Another server on 127.0.0.1, as a person might run for something else: it keeps whatever it is sent. */
async function recordingServer(): Promise<{ port: number; seen: Seen[]; close(): Promise<void> }> {
  const seen: Seen[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>another local app</title><p>hello</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Issue 19, item 6: the host's access token was an HttpOnly cookie on 127.0.0.1. Cookies ignore
 * ports, so every other local server the person opened received it and could use the API. Now the
 * token stays in the page (a header on each call, a signature in media and export URLs). Not on the
 * shared fixture: visiting a second origin is the point here, and the fixture forbids it.
 */
test('another local server the person visits receives nothing of the token', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-e2e-'));
  const host = await startHostProcess(dataDir);
  const other = await recordingServer();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(host.url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const token = new URL(host.url).searchParams.get('token')!;

    // The app works without a cookie: calls carry the token as a header, and a recording plays
    // from its signed URL (an <audio> sends no headers).
    const [id] = await seedAnswers(page, ['insurance-denial']);
    const media = await page.evaluate(async (recordingId) => {
      const url = (window as unknown as { studio: { mediaUrl(id: string): string } }).studio.mediaUrl(recordingId);
      const response = await fetch(url);
      return { url, status: response.status, bytes: (await response.arrayBuffer()).byteLength };
    }, id!);
    expect(media.status).toBe(200);
    expect(media.bytes).toBeGreaterThan(1000);
    expect(media.url).not.toContain(token);

    // The person opens another local app, by address and by name, in the same browser.
    const visit = await context.newPage();
    for (const origin of [`http://127.0.0.1:${other.port}`, `http://localhost:${other.port}`]) {
      await visit.goto(`${origin}/`);
      await expect(visit.getByText('hello')).toBeVisible();
    }
    expect(other.seen.length).toBeGreaterThanOrEqual(2);
    const received = JSON.stringify(other.seen);
    expect(received).not.toContain(token);
    expect(other.seen.filter((s) => s.headers.cookie !== undefined)).toEqual([]);
    expect(received).not.toContain(media.url.split('sig=')[1]!); // nor a signature (no Referer either)
    expect(await context.cookies()).toEqual([]);
  } finally {
    await browser.close();
    await other.close();
    await host.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
