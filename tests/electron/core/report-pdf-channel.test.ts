import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestStudio } from '#tests/support/studio.js';
import { fixedClock, useTempDirs } from '#tests/support/temp-dir.js';

const tempDir = useTempDirs();

describe('report:savePdf through the composition root', () => {
  it('with the desktop shell: app:info says a PDF can be saved, and the channel saves one', async () => {
    const target = path.join(tempDir(), 'report.pdf');
    const studio = await openTestStudio(tempDir(), fixedClock(), {
      pdfPrinter: { print: async () => new TextEncoder().encode('%PDF-1.7'), chooseFile: async () => target },
    });
    try {
      expect(await studio.dispatch('app:info', undefined)).toMatchObject({ ok: true, value: { canSavePdf: true } });
      expect(await studio.dispatch('report:savePdf', undefined)).toEqual({ ok: true, value: { saved: true, path: target } });
      expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7');
    } finally {
      await studio.close();
    }
  });

  it('in the browser host: not available, with what to do instead', async () => {
    const studio = await openTestStudio(tempDir());
    try {
      expect(await studio.dispatch('app:info', undefined)).toMatchObject({ ok: true, value: { canSavePdf: false, host: 'browser' } });
      expect(await studio.dispatch('report:savePdf', undefined)).toMatchObject({
        ok: false,
        error: { code: 'not_available', message: expect.stringContaining('Use Print') },
      });
    } finally {
      await studio.close();
    }
  });
});
