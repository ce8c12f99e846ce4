import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { StudioError } from '#shared/contract/errors.js';
import { toStudioIoError } from '#electron/services/storage/io-errors.js';

/** What only the desktop shell can do: render the window's page as a PDF, and ask where to put it. */
export interface PdfPrinter {
  /** The page as printed (its print stylesheet applies), as PDF bytes. */
  print(): Promise<Uint8Array>;
  /** The file the user chose in the system's save dialog, starting from `suggestedName`; null if they cancelled. */
  chooseFile(suggestedName: string): Promise<string | null>;
}

export type SavePdfResult = { saved: true; path: string } | { saved: false };

/** "Interview readiness 2026-11-27.pdf": the day on this computer, so a mentor's folder sorts by date. */
export function reportFileName(now: Date): string {
  const day = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  return `Interview readiness ${day}.pdf`;
}

/**
 * Saves the readiness report as a PDF where the user chooses. The page is rendered before the
 * dialog opens, so what is saved is what was on screen when they asked. The file is written
 * beside its target and renamed into place: a full disk leaves no half-written PDF behind, and
 * an earlier report of the same name stays whole until the new one is complete.
 */
export function createReportPdf(deps: { printer?: PdfPrinter; clock: () => Date }) {
  return {
    available: deps.printer !== undefined,
    async save(): Promise<SavePdfResult> {
      const { printer } = deps;
      if (!printer)
        throw new StudioError('not_available', 'Saving as PDF needs the desktop app. Use Print, and choose “Save as PDF” as the printer.');
      const bytes = await printer.print();
      const target = await printer.chooseFile(reportFileName(deps.clock()));
      if (target === null) return { saved: false };
      const withExtension = path.extname(target).toLowerCase() === '.pdf' ? target : `${target}.pdf`;
      const temp = path.join(path.dirname(withExtension), `.${path.basename(withExtension)}.${randomBytes(4).toString('hex')}.part`);
      try {
        await writeFile(temp, bytes, { flag: 'wx' });
        await rename(temp, withExtension);
      } catch (error) {
        await rm(temp, { force: true });
        throw toStudioIoError(error, 'save the report as a PDF');
      }
      return { saved: true, path: withExtension };
    },
  };
}
export type ReportPdf = ReturnType<typeof createReportPdf>;
