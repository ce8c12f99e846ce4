import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppFilesHandler } from '#electron/shell/app-files-handler.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

/**
 * Screens are chunks the page fetches with import() from studio://app/assets/…; a module script
 * runs only when served as JavaScript, and from the page's own origin under script-src 'self'.
 */
describe('the app files handler (studio://app)', () => {
  const tempDir = useTempDirs();

  function rendererDir(): string {
    const dir = tempDir();
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><script type="module" src="./assets/index-a1.js"></script>');
    fs.writeFileSync(path.join(dir, 'assets', 'index-a1.js'), 'import("./ProgressScreen-b2.js");');
    fs.writeFileSync(path.join(dir, 'assets', 'ProgressScreen-b2.js'), 'export const x = 1;');
    fs.writeFileSync(path.join(dir, 'assets', 'ProgressScreen-b2.css'), '.x{}');
    return dir;
  }

  it('serves a lazily loaded chunk and its stylesheet with their types and the page CSP', async () => {
    const handle = createAppFilesHandler(rendererDir());
    const chunk = await handle(new Request('studio://app/assets/ProgressScreen-b2.js'));
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(chunk.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await chunk.text()).toBe('export const x = 1;');
    const css = await handle(new Request('studio://app/assets/ProgressScreen-b2.css'));
    expect(css.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('answers 404 for a chunk that is not there, so import() fails and the screen offers a retry', async () => {
    const handle = createAppFilesHandler(rendererDir());
    expect((await handle(new Request('studio://app/assets/Gone-c3.js'))).status).toBe(404);
    expect((await handle(new Request('studio://app/assets/../../etc/passwd'))).status).toBe(404);
  });
});
