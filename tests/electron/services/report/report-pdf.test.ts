import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { StudioError } from '#shared/contract/errors.js';
import { createReportPdf, reportFileName, type PdfPrinter } from '#electron/services/report/report-pdf.js';
import { useTempDirs } from '#tests/support/temp-dir.js';

const tempDir = useTempDirs();
const clock = () => new Date(2026, 10, 7, 9, 30); // 7 November 2026, local time
const PDF = new TextEncoder().encode('%PDF-1.7 a readiness report');

/** A printer whose save dialog answers `choice`, recording what it was offered. */
function printer(choice: string | null) {
  const offered: string[] = [];
  const fake: PdfPrinter = {
    print: async () => PDF,
    chooseFile: async (name) => (offered.push(name), choice),
  };
  return { fake, offered };
}

describe('the readiness report as a PDF', () => {
  it('offers a dated name and writes the PDF where the user chose, adding .pdf if it was left off', async () => {
    const dir = tempDir();
    const { fake, offered } = printer(path.join(dir, 'for my mentor'));
    const result = await createReportPdf({ printer: fake, clock }).save();
    expect(offered).toEqual(['Interview readiness 2026-11-07.pdf']);
    expect(result).toEqual({ saved: true, path: path.join(dir, 'for my mentor.pdf') });
    expect(fs.readFileSync(path.join(dir, 'for my mentor.pdf'))).toEqual(Buffer.from(PDF));
    expect(fs.readdirSync(dir)).toEqual(['for my mentor.pdf']); // no temporary file left
  });

  it('replaces an earlier report of the same name, and writes nothing when the dialog is cancelled', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'report.PDF');
    fs.writeFileSync(target, 'last week');
    expect(await createReportPdf({ printer: printer(target).fake, clock }).save()).toEqual({ saved: true, path: target });
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 a readiness report');

    expect(await createReportPdf({ printer: printer(null).fake, clock }).save()).toEqual({ saved: false });
    expect(fs.readdirSync(dir)).toEqual(['report.PDF']);
  });

  it('a folder it may not write to gives a clear error, and the earlier file and folder are as they were', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'missing-folder', 'report.pdf');
    const error = await createReportPdf({ printer: printer(target).fake, clock })
      .save()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StudioError);
    expect(error).toMatchObject({ code: 'io_error', message: 'The app could not save the report as a PDF (ENOENT).' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('without the desktop shell it is not available, and says what to do instead', async () => {
    const report = createReportPdf({ clock });
    expect(report.available).toBe(false);
    await expect(report.save()).rejects.toMatchObject({ code: 'not_available', message: expect.stringContaining('Use Print') });
  });

  it('names the file by the local day, zero-padded', () => {
    expect(reportFileName(new Date(2027, 0, 3, 23, 59))).toBe('Interview readiness 2027-01-03.pdf');
  });
});
